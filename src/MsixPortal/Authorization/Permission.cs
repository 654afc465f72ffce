using System.Diagnostics.CodeAnalysis;

namespace MsixPortal.Authorization;

/// <summary>
/// What a signed-in user may do. Roles grant permissions (see <see cref="RolePermissions"/>, the one
/// place that says which role may do what); each permission has a policy of the same name in
/// <see cref="Policies"/>. Add a value here, grant it in <see cref="RolePermissions"/>, and protect
/// the endpoint with <c>[Authorize(Policy = Policies.TheNewOne)]</c>.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix",
    Justification = "The 'Permission' suffix rule targets code-access-security types; this is the domain word.")]
public enum Permission
{
    SearchStudents,
    ViewRecords,
    ExportRecords,
    SendMoveNotices,
    RequestData,
    AnswerDataRequests,
    FlagMergeSplit,
    ValidateMergeSplit,
    SubmitStateData,
    ResolveNearMatches,
    ViewStateReports,
    ViewNationalReports,
    ApproveApplications,
    ManageUsers,
    ViewAuditLog,
    ManageRulesOfBehavior,
    ManageApiClients,
    AnswerHelpDeskRequests,
    HandlePiiIncidents,
}
