namespace MsixPortal.Authorization;

/// <summary>The portal's roles, exactly as users and administrators see them.</summary>
public static class PortalRoles
{
    public const string Recruiter = "Recruiter";
    public const string MepStaff = "MEP Staff";
    public const string DataAdministrator = "Data Administrator";
    public const string UserAdministrator = "User Administrator";
    public const string NationalAdministrator = "National Administrator";

    public static readonly IReadOnlyList<string> All =
        [Recruiter, MepStaff, DataAdministrator, UserAdministrator, NationalAdministrator];
}
