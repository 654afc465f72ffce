namespace MsixPortal.Authorization;

/// <summary>
/// Authorization policy names. Every endpoint is protected by the fallback policy (a signed-in user
/// who completed MFA) unless it says <c>[AllowAnonymous]</c>; the policies below narrow that down.
/// <list type="bullet">
/// <item>Permission policies (<c>[Authorize(Policy = Policies.ExportRecords)]</c>): the user holds a
/// role that <see cref="RolePermissions"/> grants the permission of the same name.</item>
/// <item>Resource-based policies (<c>IAuthorizationService.AuthorizeAsync(User, resource, policy)</c>):
/// checked in a feature service once the resource is loaded; they apply State scoping.</item>
/// </list>
/// After adding an endpoint, add its row to tests/MsixPortal.Tests/Authorization/authorization-matrix.csv.
/// </summary>
public static class Policies
{
    // Permission policies: one per Permission value, same name; who holds them is in RolePermissions.
    public const string SearchStudents = nameof(Permission.SearchStudents);
    public const string ViewRecords = nameof(Permission.ViewRecords);
    public const string ExportRecords = nameof(Permission.ExportRecords);
    public const string SendMoveNotices = nameof(Permission.SendMoveNotices);
    public const string RequestData = nameof(Permission.RequestData);
    public const string AnswerDataRequests = nameof(Permission.AnswerDataRequests);
    public const string FlagMergeSplit = nameof(Permission.FlagMergeSplit);
    public const string ValidateMergeSplit = nameof(Permission.ValidateMergeSplit);
    public const string SubmitStateData = nameof(Permission.SubmitStateData);
    public const string ResolveNearMatches = nameof(Permission.ResolveNearMatches);
    public const string ViewStateReports = nameof(Permission.ViewStateReports);
    public const string ViewNationalReports = nameof(Permission.ViewNationalReports);
    public const string ApproveApplications = nameof(Permission.ApproveApplications);
    public const string ManageUsers = nameof(Permission.ManageUsers);
    public const string ViewAuditLog = nameof(Permission.ViewAuditLog);
    public const string ManageRulesOfBehavior = nameof(Permission.ManageRulesOfBehavior);
    public const string ManageApiClients = nameof(Permission.ManageApiClients);
    public const string AnswerHelpDeskRequests = nameof(Permission.AnswerHelpDeskRequests);
    public const string HandlePiiIncidents = nameof(Permission.HandlePiiIncidents);

    /// <summary>
    /// The submissions API: a State system with a bearer token of an unrevoked API client (its own
    /// scheme; the portal cookie is not accepted) granted scope submissions:write. Its State is its
    /// msix:state claim.
    /// </summary>
    public const string ApiSubmissionsWrite = nameof(ApiSubmissionsWrite);

    /// <summary>As <see cref="ApiSubmissionsWrite"/>, with scope submissions:read.</summary>
    public const string ApiSubmissionsRead = nameof(ApiSubmissionsRead);

    /// <summary>
    /// Resource: any <see cref="IStateScoped"/>. The user's State is the resource's State, or the user
    /// is a National Administrator. Use for State-owned things: work items, submissions, worklists.
    /// </summary>
    public const string SameState = nameof(SameState);

    /// <summary>
    /// Resource: a <see cref="RecordStates"/> (the States that submitted the records concerned).
    /// FlagMergeSplit, and one of those States is the user's own (or the user is national).
    /// </summary>
    public const string FlagRecords = nameof(FlagRecords);

    /// <summary>
    /// Resource: a <see cref="RecordStates"/> of a merge/split flag. ValidateMergeSplit, one of the
    /// records' States is the user's own (or national), and the user is not the one who flagged it.
    /// </summary>
    public const string DecideMergeSplit = nameof(DecideMergeSplit);

    /// <summary>
    /// Resource: an <see cref="AccountResource"/> for an existing account. ManageUsers, same State,
    /// not the administrator's own account, and no role involved above the administrator's own.
    /// </summary>
    public const string AdministerAccount = nameof(AdministerAccount);

    /// <summary>
    /// Resource: an <see cref="AccountResource"/> for an account application (with the role to be
    /// granted). ApproveApplications, same State, not the administrator's own application, and the
    /// role not above the administrator's own.
    /// </summary>
    public const string DecideApplication = nameof(DecideApplication);

    /// <summary>
    /// Resource: the States that submitted a record of one child (<see cref="RecordStates"/>). A Data
    /// Administrator of one of those States, or a National Administrator, may read who viewed or
    /// exported the child's record.
    /// </summary>
    public const string ViewRecordAccessLog = nameof(ViewRecordAccessLog);
}
