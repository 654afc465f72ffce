using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Features.Audit;

namespace MsixPortal.Features.Reports.ChildCount;

/// <summary>Records a State's own child count for a period (both categories, replacing an earlier entry), audited.</summary>
public sealed class StateChildCounts(PortalDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task RecordAsync(string stateCode, int period, int category1, int category2, Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO state_reported_child_counts (state_code, period_year, category, children, entered_by_user_id, entered_at)
            VALUES ({stateCode}, {period}, 1, {category1}, {userId}, {now}), ({stateCode}, {period}, 2, {category2}, {userId}, {now})
            ON CONFLICT (state_code, period_year, category) DO UPDATE
            SET children = excluded.children, entered_by_user_id = excluded.entered_by_user_id, entered_at = excluded.entered_at
            """, cancellationToken);
        await audit.RecordAsync(AuditActions.StateChildCountRecorded, "child-count", $"{stateCode} {ReportQuery.PeriodLabelOf(period)}",
            $"category 1: {category1}; category 2: {category2}", cancellationToken: cancellationToken);
    }
}
