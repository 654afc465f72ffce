using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MsixPortal.Data;
using MsixPortal.Features.Deadlines;
using Npgsql;
using NpgsqlTypes;

namespace MsixPortal.Features.Reports.Summaries;

/// <summary>
/// Recomputes one State's report summaries (child counts and their reconciliation for the last five
/// reporting periods, this month's data-element completeness, term updates of the last two years) in
/// one transaction, so a report never sees half a refresh. Other States' rows are not touched.
/// </summary>
public sealed class ReportSummaryRefresher(PortalDbContext db, TimeProvider clock)
{
    private const int Periods = 5;

    /// <summary>Refreshes the States asked for (oldest request first) and those not refreshed within <paramref name="maximumAge"/>; returns how many.</summary>
    public async Task<int> RefreshDueAsync(TimeSpan maximumAge, CancellationToken cancellationToken)
    {
        var due = await DueAsync(clock.GetUtcNow().UtcDateTime - maximumAge, cancellationToken);
        foreach (var (state, requested) in due)
        {
            await RefreshStateAsync(state, cancellationToken);
            if (requested is { } at)
            {
                await db.Database.ExecuteSqlAsync(
                    $"DELETE FROM report_refresh_requests WHERE state_code = {state} AND requested_at <= {at}", cancellationToken);
            }
        }
        return due.Count;
    }

    private async Task<List<(string State, DateTime? RequestedAt)>> DueAsync(DateTime staleBefore, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT state_code, requested_at FROM report_refresh_requests
            UNION ALL
            SELECT s.state_code, NULL FROM report_summary_states s
            WHERE s.refreshed_at < @stale AND NOT EXISTS (SELECT 1 FROM report_refresh_requests q WHERE q.state_code = s.state_code)
            ORDER BY 2 NULLS LAST
            """, connection);
        command.Parameters.AddWithValue("stale", staleBefore);
        var due = new List<(string, DateTime?)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            due.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetDateTime(1)));
        }
        return due;
    }

    public async Task RefreshStateAsync(string stateCode, CancellationToken cancellationToken)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var npgsqlTransaction = (NpgsqlTransaction)transaction.GetDbTransaction();
        var today = WorkingDays.Today(clock);
        var thisPeriod = ReportQuery.PeriodOf(today);
        var years = Enumerable.Range(thisPeriod - Periods + 1, Periods).ToArray();
        // Two instances never refresh one State at once; the second waits and then recomputes the same.
        await ExecuteAsync(connection, npgsqlTransaction, "SELECT pg_advisory_xact_lock(hashtext('report-summary:' || @state))", stateCode, years, today, cancellationToken);
        var sql = CompletenessSql.For(db.Model);
        await ExecuteAsync(connection, npgsqlTransaction, ChildCountSummarySql.Refresh, stateCode, years, today, cancellationToken);
        await ExecuteAsync(connection, npgsqlTransaction, ReconciliationSummarySql.Refresh(sql.MissingRequiredCondition), stateCode, years, today, cancellationToken);
        await ExecuteAsync(connection, npgsqlTransaction, TermUpdateSummarySql.Refresh, stateCode, years, today, cancellationToken);
        await RefreshCompletenessAsync(connection, npgsqlTransaction, sql, stateCode, today, cancellationToken);
        await ExecuteAsync(connection, npgsqlTransaction, """
            INSERT INTO report_summary_states (state_code, refreshed_at) VALUES (@state, now())
            ON CONFLICT (state_code) DO UPDATE SET refreshed_at = excluded.refreshed_at
            """, stateCode, years, today, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task RefreshCompletenessAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CompletenessSql sql,
        string stateCode, DateOnly today, CancellationToken cancellationToken)
    {
        var numbers = new List<int>();
        var rows = new List<long>();
        var present = new List<long>();
        var outside = new List<long>();
        foreach (var query in sql.Queries)
        {
            await using var command = new NpgsqlCommand(query.Sql, connection, transaction);
            command.Parameters.AddWithValue("state", stateCode);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            for (var i = 0; i < query.ElementNumbers.Count; i++)
            {
                numbers.Add(query.ElementNumbers[i]);
                rows.Add(reader.GetInt64(0));
                present.Add(reader.GetInt64(1 + (2 * i)));
                outside.Add(reader.GetInt64(2 + (2 * i)));
            }
        }
        await using var insert = new NpgsqlCommand("""
            DELETE FROM report_element_completeness WHERE state_code = @state AND month = @month;
            INSERT INTO report_element_completeness (state_code, month, element_number, rows, present, outside_code_set)
            SELECT @state, @month, n, r, p, o FROM unnest(@numbers, @rows, @present, @outside) AS x(n, r, p, o);
            """, connection, transaction);
        insert.Parameters.AddWithValue("state", stateCode);
        insert.Parameters.AddWithValue("month", new DateOnly(today.Year, today.Month, 1));
        insert.Parameters.AddWithValue("numbers", numbers.ToArray());
        insert.Parameters.AddWithValue("rows", rows.ToArray());
        insert.Parameters.AddWithValue("present", present.ToArray());
        insert.Parameters.AddWithValue("outside", outside.ToArray());
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, string stateCode,
        int[] years, DateOnly today, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 600 };
        command.Parameters.AddWithValue("state", NpgsqlDbType.Text, stateCode);
        command.Parameters.AddWithValue("years", years);
        command.Parameters.AddWithValue("today", today);
        command.Parameters.AddWithValue("since", today.AddYears(-2));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
