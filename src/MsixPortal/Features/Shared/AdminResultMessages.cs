namespace MsixPortal.Features.Shared;

/// <summary>The sentences behind the <c>?result=</c> codes of the administration pages. Unknown codes show nothing.</summary>
public static class AdminResultMessages
{
    private static readonly Dictionary<string, (bool Success, string Text)> Messages = new(StringComparer.Ordinal)
    {
        ["approved"] = (true, "The application was approved. The applicant has been emailed an activation link."),
        ["rejected"] = (true, "The application was rejected. The applicant has been emailed the reason."),
        ["reason-required"] = (false, "Give the applicant a reason (up to 1,000 characters)."),
        ["invalid-role"] = (false, "Choose a role that a State user can hold."),
        ["email-taken"] = (false, "An account with this email already exists, or the email belonged to a deactivated account."),
        ["roles-changed"] = (true, "The roles were changed. The user's sessions have ended."),
        ["disabled"] = (true, "The account was disabled. The user's sessions have ended."),
        ["enabled"] = (true, "The account was enabled."),
        ["deactivated"] = (true, "The account was deactivated permanently. Its email can never be used again."),
        ["sessions-ended"] = (true, "All of the user's sessions have ended."),
        ["authenticator-reset"] = (true, "The authenticator was reset. The user will enrol a new one at the next sign-in."),
        ["reauthentication-failed"] = (false, "Your password or authenticator code was not accepted. Nothing was changed."),
        ["not-active"] = (false, "Only an active account can be changed that way."),
        ["not-disabled"] = (false, "Only a disabled account can be enabled."),
        ["confirm-deactivation"] = (false, "Confirm that the account is to be closed permanently."),
        ["deactivated-already"] = (false, "This account is deactivated; it cannot be changed any more."),
        ["state-count-recorded"] = (true, "Your State's own child count was recorded. The table compares it with the exchange's count."),
    };

    public static (bool Success, string Text)? For(string? code) =>
        code is not null && Messages.TryGetValue(code, out var message) ? message : null;
}
