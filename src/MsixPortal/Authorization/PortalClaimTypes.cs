namespace MsixPortal.Authorization;

/// <summary>Claims the portal adds to a signed-in user's principal.</summary>
public static class PortalClaimTypes
{
    /// <summary>The user's State postal code; absent for national administrators.</summary>
    public const string StateCode = "msix:state";

    /// <summary>
    /// Authentication methods reference (RFC 8176). The sign-in sets it to <see cref="MultiFactor"/>
    /// only after the TOTP or recovery code step; the fallback policy requires it.
    /// </summary>
    public const string AuthenticationMethod = "amr";

    public const string MultiFactor = "mfa";
}
