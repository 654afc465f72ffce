using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.HelpDesk;
using MsixPortal.Features.Worklists;

namespace MsixPortal.Features.HelpDesk;

/// <summary>
/// Help-desk questions and PII incidents as worklist items: national administrators see every
/// State's; a State's user administrators its account questions and incidents, its data
/// administrators its incidents. An incident not yet acknowledged is urgent (first in the list) and
/// overdue one hour after it was reported.
/// </summary>
public sealed class HelpDeskWork(PortalDbContext db, TimeProvider clock)
{
    private static readonly string[] AccountCategories =
        [.. HelpDeskCategories.All.Where(c => c.AboutAnAccount).Select(c => c.Code)];

    /// <summary>
    /// The user's open questions and incidents as one worklist source: unacknowledged incidents
    /// (urgent) first, by their acknowledgement deadline, then oldest.
    /// </summary>
    public WorkSource Source(ClaimsPrincipal user, WorkNarrowing wanted)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = WorkSource.AssignedAs(Open(user), r => r.AssignedToUserId, wanted.Assigned, wanted.Me);
        if (!wanted.Includes(WorkKinds.HelpDeskRequest))
        {
            open = open.Where(r => r.Kind == HelpDeskKind.Incident);
        }
        else if (!wanted.Includes(WorkKinds.PiiIncident))
        {
            open = open.Where(r => r.Kind == HelpDeskKind.Question);
        }
        return new WorkSource(
            open.CountAsync,
            cancellationToken => open.CountAsync(r => r.Kind == HelpDeskKind.Incident && r.AcknowledgedAt == null && r.AcknowledgeBy < now, cancellationToken),
            async (count, cancellationToken) => (await open
                    .OrderByDescending(r => r.Kind == HelpDeskKind.Incident && r.AcknowledgedAt == null)
                    .ThenBy(r => r.Kind == HelpDeskKind.Incident && r.AcknowledgedAt == null ? r.AcknowledgeBy : null)
                    .ThenBy(r => r.CreatedAt).ThenBy(r => r.Id)
                    .Take(count).ToListAsync(cancellationToken))
                .Select(r => Item(r, now)));
    }

    private static WorklistItem Item(HelpDeskRequest r, DateTime now)
    {
        var urgent = r.Kind == HelpDeskKind.Incident && r.AcknowledgedAt is null;
        return new WorklistItem(r.Kind == HelpDeskKind.Incident ? WorkKinds.PiiIncident : WorkKinds.HelpDeskRequest, r.Id,
            $"/help/requests/{r.Id}", r.Reference, r.StateCode ?? "", r.CreatedAt,
            urgent ? DateOnly.FromDateTime(r.AcknowledgeBy!.Value) : null, urgent && now > r.AcknowledgeBy,
            r.AssignedToUserId, null, Urgent: urgent, DueAt: urgent ? r.AcknowledgeBy : null);
    }

    /// <summary>Open questions, open incidents, and incidents not acknowledged in time (the only help-desk items that can be overdue).</summary>
    public async Task<(int Questions, int Incidents, int IncidentsOverdue)> CountsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = Open(user);
        return (await open.CountAsync(r => r.Kind == HelpDeskKind.Question, cancellationToken),
            await open.CountAsync(r => r.Kind == HelpDeskKind.Incident, cancellationToken),
            await open.CountAsync(r => r.Kind == HelpDeskKind.Incident && r.AcknowledgedAt == null && r.AcknowledgeBy < now, cancellationToken));
    }

    /// <summary>Questions waiting for the help desk, and incidents until they are closed, that the user handles.</summary>
    private IQueryable<HelpDeskRequest> Open(ClaimsPrincipal user)
    {
        var requests = db.HelpDeskRequests.AsNoTracking()
            .Where(r => (r.Kind == HelpDeskKind.Question && r.Status == HelpDeskStatus.Open)
                || (r.Kind == HelpDeskKind.Incident && r.Status != HelpDeskStatus.Closed));
        if (user.IsInRole(PortalRoles.NationalAdministrator))
        {
            return requests;
        }
        var state = user.StateCode();
        var incidents = Holds(user, Permission.HandlePiiIncidents);
        var questions = Holds(user, Permission.AnswerHelpDeskRequests);
        return requests.Where(r => state != null && r.StateCode == state
            && ((incidents && r.Kind == HelpDeskKind.Incident)
                || (questions && r.Kind == HelpDeskKind.Question && AccountCategories.Contains(r.Category))));
    }

    public static bool HandlesAny(ClaimsPrincipal user) =>
        Holds(user, Permission.HandlePiiIncidents) || Holds(user, Permission.AnswerHelpDeskRequests);

    private static bool Holds(ClaimsPrincipal user, Permission permission) =>
        RolePermissions.RolesWith(permission).Any(user.IsInRole);
}
