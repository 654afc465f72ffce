using System.Collections.Frozen;
using static MsixPortal.Authorization.Permission;

namespace MsixPortal.Authorization;

/// <summary>
/// The role-to-permission map: the single source of truth for who may do what. Policies are
/// built from it at startup; State scoping (own State only, national administrators everywhere)
/// is applied on top by the resource-based handlers, not here.
/// </summary>
public static class RolePermissions
{
    private static readonly Permission[] EveryoneSignedIn = [SearchStudents, ViewRecords];

    public static IReadOnlyDictionary<string, IReadOnlySet<Permission>> ByRole { get; } =
        new Dictionary<string, IReadOnlySet<Permission>>
        {
            // Field recruiters: "was this child ever migrant?", a short summary, a move notice.
            [PortalRoles.Recruiter] = Set(SendMoveNotices),
            // Registrars, counselors, MEP specialists: read, print/export, notices and data requests;
            // they may flag records for merge or split (issue 6), but only data administrators validate.
            [PortalRoles.MepStaff] = Set(ExportRecords, SendMoveNotices, RequestData, FlagMergeSplit),
            // State data administrators: their State's data, its worklists and record integrity (and so
            // its PII incidents).
            [PortalRoles.DataAdministrator] = Set(ExportRecords, SendMoveNotices, RequestData,
                AnswerDataRequests, FlagMergeSplit, ValidateMergeSplit, SubmitStateData,
                ResolveNearMatches, ViewStateReports, ManageApiClients, HandlePiiIncidents),
            // State user administrators: accounts of their State and the audit trail that goes with them;
            // their users' help-desk requests about accounts, and their State's PII incidents.
            [PortalRoles.UserAdministrator] = Set(ApproveApplications, ManageUsers, ViewAuditLog,
                ViewStateReports, AnswerHelpDeskRequests, HandlePiiIncidents),
            // National administrators and help desk: everything, across States.
            [PortalRoles.NationalAdministrator] = Set(Enum.GetValues<Permission>()),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The roles that hold <paramref name="permission"/>.</summary>
    public static IReadOnlyList<string> RolesWith(Permission permission) =>
        [.. ByRole.Where(entry => entry.Value.Contains(permission)).Select(entry => entry.Key)];

    private static FrozenSet<Permission> Set(params Permission[] permissions) =>
        EveryoneSignedIn.Concat(permissions).ToFrozenSet();
}
