using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;

namespace MsixPortal.Features.Reports.Summaries;

/// <summary>
/// "This State's data changed": one row per State, written in the transaction that changes the data
/// (a submission), so the request commits or rolls back with it. The summary worker takes it later;
/// a newer request made while a refresh runs survives it.
/// </summary>
public static class ReportRefreshRequests
{
    public static Task MarkAsync(PortalDbContext db, string stateCode, DateTime at, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO report_refresh_requests (state_code, requested_at) VALUES ({stateCode}, {at})
            ON CONFLICT (state_code) DO UPDATE SET requested_at = excluded.requested_at
            """, cancellationToken);
}
