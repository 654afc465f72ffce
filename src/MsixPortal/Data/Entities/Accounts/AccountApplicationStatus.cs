namespace MsixPortal.Data.Entities.Accounts;

public enum AccountApplicationStatus
{
    Pending,
    Approved,
    Rejected,
}
