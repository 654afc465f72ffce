using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;

namespace MsixPortal.Features.Reports.Summaries;

/// <summary>
/// "This State's data changed": one row per State, written in the transaction that changes the data
/// (a submission), so the request commits or rolls back with it. The summary worker takes it later;
/// a newer request made while a refresh runs survives it (a new version). changed_since keeps the
/// earliest change not summarised yet (a submission stamps the records it writes at or after the time
/// it received the file, which it passes here); a request without one (NULL) asks for a full refresh
/// and stays so.
/// </summary>
public static class ReportRefreshRequests
{
    public static Task MarkAsync(PortalDbContext db, string stateCode, DateTime at, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO report_refresh_requests (state_code, requested_at, changed_since) VALUES ({stateCode}, {at}, {at})
            ON CONFLICT (state_code) DO UPDATE SET requested_at = excluded.requested_at,
                changed_since = CASE WHEN report_refresh_requests.changed_since IS NULL THEN NULL
                                     ELSE LEAST(report_refresh_requests.changed_since, excluded.changed_since) END,
                version = nextval('report_refresh_version')
            """, cancellationToken);
}
