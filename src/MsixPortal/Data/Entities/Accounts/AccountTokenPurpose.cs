namespace MsixPortal.Data.Entities.Accounts;

public enum AccountTokenPurpose
{
    Activation,
    PasswordReset,
}
