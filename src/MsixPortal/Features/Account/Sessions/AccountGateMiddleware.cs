using System.Globalization;
using System.Security.Claims;

namespace MsixPortal.Features.Account.Sessions;

/// <summary>
/// Sends a signed-in user who still owes a step to that step's page, whatever they asked for:
/// authenticator enrolment (security.md 12) or re-certification (security.md 38). Sign-out stays
/// reachable. Runs after authentication and before authorization.
/// </summary>
public sealed class AccountGateMiddleware(RequestDelegate next, TimeProvider clock)
{
    public const string EnrolPath = "/account/enrol";
    public const string RecertifyPath = "/account/recertify";
    private const string SignOutPath = "/account/signout";

    public Task InvokeAsync(HttpContext context)
    {
        var target = RequiredStep(context.User);
        var path = context.Request.Path;
        if (target is null || path.StartsWithSegments(target, StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments(SignOutPath, StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }

    private string? RequiredStep(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }
        if (user.HasClaim(SessionClaimTypes.PendingStep, SessionClaimTypes.EnrolmentPending))
        {
            return EnrolPath;
        }
        var due = user.FindFirstValue(SessionClaimTypes.RecertificationDueAt);
        return due is not null && long.TryParse(due, CultureInfo.InvariantCulture, out var seconds)
            && clock.GetUtcNow().ToUnixTimeSeconds() >= seconds
            ? RecertifyPath
            : null;
    }
}
