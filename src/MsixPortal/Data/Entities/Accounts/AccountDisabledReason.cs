namespace MsixPortal.Data.Entities.Accounts;

/// <summary>Why an account was disabled; stored as text.</summary>
public enum AccountDisabledReason
{
    Administrator,

    /// <summary>No sign-in for longer than the configured inactivity period.</summary>
    Inactivity,

    /// <summary>100 failed sign-in steps in a row: no further guess is evaluated until an administrator acts.</summary>
    TooManyFailedSignIns,
}
