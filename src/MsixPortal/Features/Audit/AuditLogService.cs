using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;

namespace MsixPortal.Features.Audit;

/// <summary>Reads the audit trail for the administrator page, limited to the viewer's State.</summary>
public sealed class AuditLogService(PortalDbContext db, AuditTrail trail)
{
    public const int PageSize = 50;

    public async Task<AuditLogViewModel> SearchAsync(StateScope scope, AuditLogFilterInputModel filter,
        CancellationToken cancellationToken)
    {
        var events = db.AuditEvents.AsNoTracking();
        if (!scope.IsNational)
        {
            // A State sees what happened in it and what concerned its records or accounts (a record
            // it holds viewed from another State, a notice to it, a merge of its children).
            var state = scope.StateCode;
            events = state is null ? events.Where(_ => false) : events.Where(e => e.StateCode == state || e.ConcernedStateCodes.Contains(state));
        }
        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            events = events.Where(e => e.OccurredAt >= start);
        }
        if (filter.To is { } to)
        {
            var endExclusive = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            events = events.Where(e => e.OccurredAt < endExclusive);
        }
        if (!string.IsNullOrEmpty(filter.Action))
        {
            events = events.Where(e => e.Action == filter.Action);
        }
        if (filter.UserId is { } userId)
        {
            events = events.Where(e => e.UserId == userId);
        }

        var total = await events.CountAsync(cancellationToken);
        var rows = await events
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip((filter.Page - 1) * PageSize).Take(PageSize)
            .Select(e => new AuditLogRow(e.OccurredAt, e.Action, e.UserId,
                db.Users.Where(u => u.Id == e.UserId).Select(u => u.Email).FirstOrDefault(),
                e.UserRoles, e.StateCode, e.TargetType, e.TargetId, e.Detail, e.ClientIp))
            .ToListAsync(cancellationToken);

        // Reading the audit trail is itself recorded: it shows who did what, when and from where.
        await trail.RecordAsync(AuditActions.AuditLogViewed, detail: $"page={filter.Page};results={rows.Count}",
            cancellationToken: cancellationToken);

        var scopeDescription = scope.IsNational ? "all States" : $"State {scope.StateCode}";
        return new AuditLogViewModel(filter, rows, total, PageSize, scopeDescription);
    }
}
