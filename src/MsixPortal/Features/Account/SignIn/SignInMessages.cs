namespace MsixPortal.Features.Account.SignIn;

/// <summary>What the sign-in pages say. One wording for every wrong-credential case, known account or not.</summary>
public static class SignInMessages
{
    public const string Failed = "The email or password is incorrect.";
    public const string LockedOut = "Too many failed attempts. Your account is locked for 15 minutes; try again later.";
    public const string Disabled = "This account is disabled. Contact your State user administrator.";
    public const string DisabledForInactivity =
        "This account was disabled because it was not used for a long time. Contact your State user administrator to re-enable it.";
    public const string WrongCode = "That code is not valid. Enter the current 6-digit code from your authenticator app.";
    public const string Replay = "That code was already used. Wait for your authenticator app to show a new code.";
    public const string WrongRecoveryCode = "That recovery code is not valid or was already used.";
    public const string SignInAgain = "Your sign-in expired. Enter your email and password again.";
}
