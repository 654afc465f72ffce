namespace MsixPortal.Authorization;

/// <summary>
/// Orders roles by how much they may do, so that an administrator can never approve, grant or
/// administer a role above their own highest role (a User Administrator may grant up to User
/// Administrator; only a National Administrator may grant National Administrator).
/// </summary>
public static class RoleRanking
{
    private static readonly string[] LowestFirst =
    [
        PortalRoles.Recruiter,
        PortalRoles.MepStaff,
        PortalRoles.DataAdministrator,
        PortalRoles.UserAdministrator,
        PortalRoles.NationalAdministrator,
    ];

    /// <summary>1 for the lowest role; 0 for a name that is not a portal role.</summary>
    public static int Of(string role) => Array.IndexOf(LowestFirst, role) + 1;

    /// <summary>The rank of the highest of <paramref name="roles"/>; 0 when there are none.</summary>
    public static int Highest(IEnumerable<string> roles) => roles.Select(Of).DefaultIfEmpty(0).Max();
}
