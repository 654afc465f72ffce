namespace MsixPortal.Features.Account.Sessions;

/// <summary>Claims the account feature adds to the session principal, next to <c>PortalClaimTypes</c>.</summary>
public static class SessionClaimTypes
{
    /// <summary>When the user authenticated (OIDC <c>auth_time</c>, Unix seconds): the 12 h limit counts from it.</summary>
    public const string AuthenticatedAt = "auth_time";

    /// <summary>Set while the user must finish a step before anything else: value <see cref="EnrolmentPending"/>.</summary>
    public const string PendingStep = "msix:pending";

    public const string EnrolmentPending = "enrol";

    /// <summary>Unix seconds after which only the re-certification page is reachable.</summary>
    public const string RecertificationDueAt = "msix:recertify_due";

    /// <summary>The ID of the session's row in user_sessions; the cookie is valid only while the row exists.</summary>
    public const string SessionId = "msix:sid";

    /// <summary>Claims copied from the old principal when the security stamp check rebuilds it.</summary>
    public static readonly string[] CarriedOver =
        [AuthenticatedAt, PendingStep, RecertificationDueAt, SessionId, Authorization.PortalClaimTypes.AuthenticationMethod];
}
