using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Data.Entities.HelpDesk;
using MsixPortal.Features.Notifications;

namespace MsixPortal.Features.HelpDesk;

/// <summary>
/// Who handles a request: national administrators always; the reporter's State user administrators
/// too when it is about an account; for a PII incident, the State's user and data administrators.
/// </summary>
public sealed class HelpDeskRouting(PortalDbContext db, IAuthorizationService authorization)
{
    public async Task<IReadOnlyList<NotificationRecipient>> HandlersAsync(HelpDeskRequest request, CancellationToken cancellationToken)
    {
        var roles = new List<string> { PortalRoles.NationalAdministrator };
        if (request.StateCode is not null && IsStateMatter(request))
        {
            roles.AddRange(RolePermissions.RolesWith(PermissionFor(request))
                .Where(role => role != PortalRoles.NationalAdministrator));
        }
        var normalized = roles.Select(r => r.ToUpperInvariant()).ToList();
        var national = PortalRoles.NationalAdministrator.ToUpperInvariant();
        var state = request.StateCode;
        return await db.Users
            .Where(u => u.Status == AccountStatus.Active)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId
                && (r.NormalizedName == national
                    || (normalized.Contains(r.NormalizedName!) && u.StateCode == state)))))
            .Select(u => new NotificationRecipient(u.Id, u.Email ?? ""))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A national administrator, or an administrator of the request's State whose role handles its kind.</summary>
    public async Task<bool> MayHandleAsync(ClaimsPrincipal user, HelpDeskRequest request) =>
        (IsStateMatter(request) || user.IsInRole(PortalRoles.NationalAdministrator))
        && (await authorization.AuthorizeAsync(user, request, Policies.SameState)).Succeeded
        && (await authorization.AuthorizeAsync(user, PolicyFor(request))).Succeeded;

    /// <summary>Incidents and account questions concern the reporter's State too; anything else the help desk alone.</summary>
    private static bool IsStateMatter(HelpDeskRequest request) =>
        request.Kind == HelpDeskKind.Incident || HelpDeskCategories.IsAboutAnAccount(request.Category);

    /// <summary>The permission that handles a kind of request: incidents, or help-desk questions.</summary>
    public static Permission PermissionFor(HelpDeskRequest request) =>
        request.Kind == HelpDeskKind.Incident ? Permission.HandlePiiIncidents : Permission.AnswerHelpDeskRequests;

    private static string PolicyFor(HelpDeskRequest request) => PermissionFor(request).ToString();
}
