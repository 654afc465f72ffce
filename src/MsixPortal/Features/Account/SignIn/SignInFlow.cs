using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Sessions;
using MsixPortal.Features.Audit;

namespace MsixPortal.Features.Account.SignIn;

public enum SignInNext
{
    SecondFactor,
    Enrolment,
    StartAgain,
    Done,
}

/// <summary>Where the sign-in goes next, or the message to show.</summary>
public sealed record SignInStep(SignInNext Next, string? Error = null, TimeSpan? TooManyRequests = null);

/// <summary>
/// Runs the sign-in steps for the current request: password, then TOTP or recovery code, and
/// issues the cookies. A user without a confirmed authenticator gets an enrolment-only session.
/// </summary>
public sealed class SignInFlow(
    PasswordCheck passwordCheck,
    SecondFactorCheck secondFactor,
    SessionSignIn sessions,
    IHttpContextAccessor httpContextAccessor,
    AuditTrail audit,
    ILogger<SignInFlow> logger)
{
    public async Task<SignInStep> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken)
    {
        var result = await passwordCheck.RunAsync(email, password, cancellationToken);
        switch (result.Outcome)
        {
            case PasswordCheckOutcome.Verified when result.User!.ProtectedAuthenticatorKey is null:
                await sessions.SignInForEnrolmentAsync(result.User);
                logger.LogInformation("User {UserId} signed in with a password to enrol an authenticator from {ClientIp}",
                    result.User.Id, ClientIp);
                return new(SignInNext.Enrolment);
            case PasswordCheckOutcome.Verified:
                await PasswordVerifiedScheme.SignInAsync(HttpContext, result.User!);
                return new(SignInNext.SecondFactor);
            default:
                logger.LogWarning("Sign-in password step failed ({Outcome}) from {ClientIp}", result.Outcome, ClientIp);
                return new(SignInNext.StartAgain, Message(result.Outcome));
        }
    }

    public Task<SignInStep> CheckAuthenticatorCodeAsync(string code, Func<Guid, TimeSpan?> limit, CancellationToken cancellationToken) =>
        CheckSecondFactorAsync(limit, (id, stamp) => secondFactor.VerifyTotpAsync(id, stamp, code, cancellationToken),
            SignInMessages.WrongCode);

    public Task<SignInStep> CheckRecoveryCodeAsync(string code, Func<Guid, TimeSpan?> limit, CancellationToken cancellationToken) =>
        CheckSecondFactorAsync(limit, (id, stamp) => secondFactor.VerifyRecoveryCodeAsync(id, stamp, code, cancellationToken),
            SignInMessages.WrongRecoveryCode);

    private async Task<SignInStep> CheckSecondFactorAsync(Func<Guid, TimeSpan?> limit,
        Func<Guid, string, Task<SecondFactorResult>> verify, string wrongCodeMessage)
    {
        if (await PasswordVerifiedScheme.ReadAsync(HttpContext) is not var (userId, stamp))
        {
            return new(SignInNext.StartAgain);
        }
        if (limit(userId) is { } wait)
        {
            return new(SignInNext.SecondFactor, TooManyRequests: wait);
        }
        var result = await verify(userId, stamp);
        if (result.Outcome != SecondFactorOutcome.Succeeded)
        {
            logger.LogWarning("Sign-in second step failed ({Outcome}) for user {UserId} from {ClientIp}",
                result.Outcome, userId, ClientIp);
            return result.Outcome == SecondFactorOutcome.NoPendingSignIn
                ? new(SignInNext.StartAgain)
                : new(SignInNext.SecondFactor, Message(result.Outcome, wrongCodeMessage));
        }
        await SignInAsync(result.User!);
        return new(SignInNext.Done);
    }

    private async Task SignInAsync(PortalUser user)
    {
        await sessions.SignInWithMfaAsync(user);
        logger.LogInformation("User {UserId} signed in from {ClientIp}", user.Id, ClientIp);
        await audit.RecordAsync(AccountAuditActions.SignInSucceeded, "user", user.Id.ToString(), userId: user.Id);
    }

    private static string Message(PasswordCheckOutcome outcome) => outcome switch
    {
        PasswordCheckOutcome.LockedOut => SignInMessages.LockedOut,
        PasswordCheckOutcome.Disabled => SignInMessages.Disabled,
        PasswordCheckOutcome.DisabledForInactivity => SignInMessages.DisabledForInactivity,
        _ => SignInMessages.Failed,
    };

    private static string Message(SecondFactorOutcome outcome, string wrongCodeMessage) => outcome switch
    {
        SecondFactorOutcome.LockedOut => SignInMessages.LockedOut,
        SecondFactorOutcome.Disabled => SignInMessages.Disabled,
        SecondFactorOutcome.Replay => SignInMessages.Replay,
        _ => wrongCodeMessage,
    };

    private string? ClientIp => HttpContext.Connection.RemoteIpAddress?.ToString();

    private HttpContext HttpContext => httpContextAccessor.HttpContext
        ?? throw new InvalidOperationException("Signing in needs an HTTP request.");
}
