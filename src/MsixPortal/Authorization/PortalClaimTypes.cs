namespace MsixPortal.Authorization;

/// <summary>Claims the portal adds to a signed-in user's principal.</summary>
public static class PortalClaimTypes
{
    /// <summary>The user's State postal code; absent for national administrators.</summary>
    public const string StateCode = "msix:state";
}
