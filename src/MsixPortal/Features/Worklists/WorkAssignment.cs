using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Features.Audit;
using MsixPortal.Features.HelpDesk;
using MsixPortal.Features.MergeSplit;

namespace MsixPortal.Features.Worklists;

/// <summary>"Assign to me": the user takes a work item of their State's shared worklist.</summary>
public sealed class WorkAssignment(
    PortalDbContext db, MergeSplitDecisions decisions, HelpDeskRouting helpDesk, AuditTrail audit, IAuthorizationService authorization)
{
    public async Task<WorkItemOutcome> AssignToMeAsync(string? kind, long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        bool? allowed = kind switch
        {
            WorkKinds.MoveNotice => await db.MoveNotices.FindAsync([id], cancellationToken) is { } notice
                ? await MayAsync(user, notice, Policies.SameState) && Set(() => notice.AssignedToUserId = me) : null,
            WorkKinds.DataRequest => await db.DataRequests.FindAsync([id], cancellationToken) is { } request
                ? await MayAsync(user, request, Policies.SameState) && await MayAsync(user, request, Policies.AnswerDataRequests)
                    && Set(() => request.AssignedToUserId = me) : null,
            WorkKinds.Merge or WorkKinds.Split => await db.MergeSplitFlags.Include(f => f.Students)
                .FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is { } flag
                ? await MayAsync(user, await decisions.ScopeAsync(flag, cancellationToken), Policies.DecideMergeSplit)
                    && Set(() => flag.AssignedToUserId = me) : null,
            WorkKinds.NearMatch => await db.NearMatchItems.FindAsync([id], cancellationToken) is { } nearMatch
                ? await MayAsync(user, nearMatch, Policies.SameState) && await MayAsync(user, nearMatch, Policies.ResolveNearMatches)
                    && Set(() => nearMatch.AssignedToUserId = me) : null,
            WorkKinds.PiiIncident or WorkKinds.HelpDeskRequest => await db.HelpDeskRequests.FindAsync([id], cancellationToken) is { } request
                ? await helpDesk.MayHandleAsync(user, request) && Set(() => request.AssignedToUserId = me) : null,
            _ => null,
        };
        if (allowed is null)
        {
            return WorkItemOutcome.NotFound;
        }
        if (allowed == false)
        {
            return WorkItemOutcome.Forbidden;
        }
        db.AuditEvents.Add(audit.Create(AuditActions.WorkItemAssigned, kind, id.ToString(CultureInfo.InvariantCulture)));
        return await db.SaveWorkItemAsync(cancellationToken);
    }

    private async Task<bool> MayAsync(ClaimsPrincipal user, object resource, string policy) =>
        (await authorization.AuthorizeAsync(user, resource, policy)).Succeeded;

    private static bool Set(Action assign)
    {
        assign();
        return true;
    }
}
