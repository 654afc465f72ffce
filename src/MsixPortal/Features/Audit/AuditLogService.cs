using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Audit;

namespace MsixPortal.Features.Audit;

/// <summary>Reads the audit trail for the administrator page and its exports, limited to the viewer's State.</summary>
public sealed class AuditLogService(PortalDbContext db, AuditTrail trail, AuditTargets targets)
{
    public const int PageSize = 50;

    /// <summary>An export holds at most this many events, newest first; the page says so when the filters match more.</summary>
    public const int ExportLimit = 100_000;

    public async Task<AuditLogViewModel> SearchAsync(StateScope scope, AuditLogFilterInputModel filter,
        CancellationToken cancellationToken)
    {
        var events = Filtered(scope, filter);
        var total = await events.CountAsync(cancellationToken);
        var rows = await ReadAsync(events.Skip((filter.Page - 1) * PageSize).Take(PageSize), cancellationToken);

        // Reading the audit trail is itself recorded: it shows who did what, when and from where.
        await trail.RecordAsync(AuditActions.AuditLogViewed, detail: $"page={filter.Page};results={rows.Count}",
            cancellationToken: cancellationToken);

        if (filter.UserId is { } shownUser && string.IsNullOrEmpty(filter.Email))
        {
            // The form shows whose events these are, so that clearing the email shows every user again.
            filter.Email = await scope.Filter(db.Users, u => u.StateCode).Where(u => u.Id == shownUser).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        }
        var scopeDescription = scope.IsNational
            ? filter.State is null ? "all States" : $"State {filter.State}"
            : $"State {scope.StateCode}";
        return new AuditLogViewModel(filter, rows, total, PageSize, scopeDescription, scope.IsNational);
    }

    /// <summary>The events the filters match (newest first, at most <see cref="ExportLimit"/>), for a CSV or Excel file; the export is recorded.</summary>
    public async Task<IReadOnlyList<AuditLogRow>> ExportAsync(StateScope scope, AuditLogFilterInputModel filter, string format,
        CancellationToken cancellationToken)
    {
        var rows = await ReadAsync(Filtered(scope, filter).Take(ExportLimit), cancellationToken);
        await trail.RecordAsync(AuditActions.AuditLogExported, detail: $"format={format};results={rows.Count}",
            cancellationToken: cancellationToken);
        return rows;
    }

    /// <summary>The user with this email, if the viewer may see their events (their State's users; any user for national administrators).</summary>
    public Task<Guid?> FindUserAsync(StateScope scope, string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return scope.Filter(db.Users.AsNoTracking(), u => u.StateCode)
            .Where(u => u.NormalizedEmail == normalized)
            .Select(u => (Guid?)u.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private IQueryable<AuditEvent> Filtered(StateScope scope, AuditLogFilterInputModel filter)
    {
        var events = db.AuditEvents.AsNoTracking();
        // A State sees what happened in it and what concerned its records or accounts (a record it
        // holds viewed from another State, a notice to it, a merge of its children); a national
        // administrator may narrow the trail to one State the same way.
        var state = scope.IsNational ? filter.State : scope.StateCode;
        if (!scope.IsNational || state is not null)
        {
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
        return events.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id);
    }

    private async Task<IReadOnlyList<AuditLogRow>> ReadAsync(IQueryable<AuditEvent> events, CancellationToken cancellationToken)
    {
        var rows = await events
            .Select(e => new AuditEventRead(e.OccurredAt, e.Action, e.UserId,
                db.Users.Where(u => u.Id == e.UserId).Select(u => u.Email).FirstOrDefault(),
                e.UserRoles, e.StateCode, e.TargetType, e.TargetId, e.Detail, e.ClientIp))
            .ToListAsync(cancellationToken);
        var targetTexts = await targets.DescribeAsync(rows.Select(r => (r.TargetType, r.TargetId)), cancellationToken);
        return [.. rows.Select(r => new AuditLogRow(r.OccurredAt, r.Action, AuditActionNames.Describe(r.Action), r.UserId, r.UserEmail,
            r.UserRoles, r.StateCode, targetTexts[(r.TargetType, r.TargetId)], r.Detail, r.ClientIp))];
    }

    private sealed record AuditEventRead(DateTime OccurredAt, string Action, Guid? UserId, string? UserEmail, string? UserRoles,
        string? StateCode, string? TargetType, string? TargetId, string? Detail, string? ClientIp);

    internal static string Time(DateTime occurredAt) =>
        occurredAt.ToString("MM/dd/yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
}
