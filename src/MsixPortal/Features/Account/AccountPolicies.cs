namespace MsixPortal.Features.Account;

/// <summary>Authorization policies of the account pages that must work before MFA is complete.</summary>
public static class AccountPolicies
{
    /// <summary>
    /// Signed in, second factor not necessarily done: the enrolment pages (a user with no
    /// authenticator yet has an enrolment-only session; the gate keeps them there).
    /// </summary>
    public const string SignedInBeforeMfa = "SignedInBeforeMfa";
}
