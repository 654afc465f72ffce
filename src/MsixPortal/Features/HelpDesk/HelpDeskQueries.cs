using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.HelpDesk;
using MsixPortal.Features.Account.Apply;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Worklists;

namespace MsixPortal.Features.HelpDesk;

/// <summary>The help-desk pages' data: the forms' choices, a user's requests, one request (audited for handlers).</summary>
public sealed class HelpDeskQueries(
    PortalDbContext db, HelpDeskService service, AccountApplications applications, WorkItemLookups lookups,
    AuditTrail audit, TimeProvider clock)
{
    public Task<IReadOnlyList<StateChoice>> StatesAsync(CancellationToken cancellationToken) => applications.StatesAsync(cancellationToken);

    public async Task<HelpDeskMineViewModel> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        return new HelpDeskMineViewModel(await db.HelpDeskRequests.AsNoTracking()
            .Where(r => r.ReporterUserId == me).OrderByDescending(r => r.CreatedAt).Take(200).ToListAsync(cancellationToken));
    }

    public async Task<(WorkItemOutcome Outcome, HelpDeskRequestViewModel? Model)> DetailsAsync(
        long id, ClaimsPrincipal user, HelpDeskReplyInputModel? reply, string? done, CancellationToken cancellationToken)
    {
        var (request, asHandler) = await service.LoadForAsync(id, user, cancellationToken);
        if (request is null || asHandler is null)
        {
            return (request is null ? WorkItemOutcome.NotFound : WorkItemOutcome.Forbidden, null);
        }
        if (asHandler.Value)
        {
            // Who read a report that may describe a disclosure, as for any record of one.
            await audit.RecordAsync(AuditActions.HelpDeskRequestViewed, "help-desk-request", id.ToString(CultureInfo.InvariantCulture),
                $"ref={request.Reference}", concerns: [request.StateCode], cancellationToken: cancellationToken);
        }
        return (WorkItemOutcome.Done, await ModelAsync(request, asHandler.Value, readOnly: false, reply, done, cancellationToken));
    }

    /// <summary>A visitor's view through the secret link they were emailed; null when the link is unknown.</summary>
    public async Task<HelpDeskRequestViewModel?> TrackAsync(string token, CancellationToken cancellationToken)
    {
        var hash = HelpDeskService.HashToken(token);
        var request = await db.HelpDeskRequests.AsNoTracking().Include(r => r.Replies)
            .FirstOrDefaultAsync(r => r.TrackingTokenHash == hash, cancellationToken);
        return request is null ? null : await ModelAsync(request, asHandler: false, readOnly: true, null, null, cancellationToken);
    }

    private async Task<HelpDeskRequestViewModel> ModelAsync(HelpDeskRequest request, bool asHandler, bool readOnly,
        HelpDeskReplyInputModel? reply, string? done, CancellationToken cancellationToken)
    {
        var authors = await lookups.UserNamesAsync(request.Replies.Select(r => r.AuthorUserId).Append(request.ReporterUserId), cancellationToken);
        var reporter = asHandler && request.ReporterUserId is { } id
            ? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.Email }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var overdue = request is { Kind: HelpDeskKind.Incident, AcknowledgedAt: null, AcknowledgeBy: { } due }
            && clock.GetUtcNow().UtcDateTime > due;
        request.Replies.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        return new HelpDeskRequestViewModel(request, asHandler, readOnly,
            request.ReporterUserId is { } r ? authors.GetValueOrDefault(r) : request.ContactName,
            reporter?.Email ?? (asHandler ? request.ContactEmail : null),
            authors, overdue, reply ?? new HelpDeskReplyInputModel(), done);
    }
}
