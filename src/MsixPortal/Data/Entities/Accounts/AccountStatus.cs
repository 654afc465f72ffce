namespace MsixPortal.Data.Entities.Accounts;

/// <summary>Where an account is in its life; stored as text.</summary>
public enum AccountStatus
{
    /// <summary>Approved; the user has not set a password through the activation link yet.</summary>
    PendingActivation,

    Active,

    /// <summary>Temporarily unusable (see <see cref="AccountDisabledReason"/>); an administrator can re-enable it.</summary>
    Disabled,

    /// <summary>Permanently closed; the email can never be used again.</summary>
    Deactivated,
}
