using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MsixPortal.Data;
using MsixPortal.Features.Deadlines;
using Npgsql;
using NpgsqlTypes;

namespace MsixPortal.Features.Reports.Summaries;

/// <summary>
/// Recomputes one State's report summaries in one transaction, so a report never sees half a refresh;
/// other States' rows are not touched. After a submission only the children whose records it sent
/// are recomputed (report_child_periods) and the State's counts summed again from them. A full
/// refresh (a State's first, any request without a start, and the round every
/// <see cref="ReportSummaryOptions.MaximumAge"/>, which catches what changes without a submission:
/// eligibility running out with the calendar, merges and splits, deleted records) recomputes every
/// child for the last five reporting periods, this month's data-element completeness and the term
/// updates of the last two years, which each read all of the State's rows.
/// </summary>
public sealed class ReportSummaryRefresher(PortalDbContext db, TimeProvider clock)
{
    private const int Periods = 5;

    /// <summary>Refreshes the States asked for (oldest request first) and those not refreshed in full within <paramref name="maximumAge"/>; returns how many.</summary>
    public async Task<int> RefreshDueAsync(TimeSpan maximumAge, CancellationToken cancellationToken)
    {
        var due = await DueAsync(clock.GetUtcNow().UtcDateTime - maximumAge, cancellationToken);
        foreach (var (state, changedSince, version) in due)
        {
            await RefreshStateAsync(state, changedSince, cancellationToken);
            if (version is { } seen)
            {
                // A request made while this refresh ran has another version and stays for the next round.
                await db.Database.ExecuteSqlAsync(
                    $"DELETE FROM report_refresh_requests WHERE state_code = {state} AND version = {seen}", cancellationToken);
            }
        }
        return due.Count;
    }

    /// <summary>
    /// The States asked for (oldest request first), then those not refreshed in full since
    /// <paramref name="staleBefore"/>: each with the time its changes start from, or null for a full refresh.
    /// </summary>
    private async Task<List<(string State, DateTime? ChangedSince, long? Version)>> DueAsync(DateTime staleBefore, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT COALESCE(q.state_code, s.state_code),
                   CASE WHEN s.state_code IS NULL OR s.fully_refreshed_at < @stale THEN NULL ELSE q.changed_since END,
                   q.version
            FROM report_refresh_requests q FULL JOIN report_summary_states s ON s.state_code = q.state_code
            WHERE q.state_code IS NOT NULL OR s.fully_refreshed_at < @stale
            ORDER BY q.requested_at NULLS LAST
            """, connection);
        command.Parameters.AddWithValue("stale", staleBefore);
        var due = new List<(string, DateTime?, long?)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            due.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetDateTime(1), reader.IsDBNull(2) ? null : reader.GetInt64(2)));
        }
        return due;
    }

    /// <summary>Recomputes every summary of the State.</summary>
    public Task RefreshStateAsync(string stateCode, CancellationToken cancellationToken) => RefreshStateAsync(stateCode, null, cancellationToken);

    /// <summary>
    /// Recomputes the State's children whose records were sent since <paramref name="changedSince"/> and
    /// sums its counts again; null: everything (<see cref="ReportSummaryRefresher"/>).
    /// </summary>
    public async Task RefreshStateAsync(string stateCode, DateTime? changedSince, CancellationToken cancellationToken)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var step = new Step((NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction(), stateCode,
            WorkingDays.Today(clock), changedSince);
        // Two instances never refresh one State at once; the second waits and then recomputes the same.
        // No JIT: compiling these one-off statements costs seconds and saves nothing.
        await step.ExecuteAsync("SET LOCAL jit = off; SELECT pg_advisory_xact_lock(hashtext('report-summary:' || @state))", cancellationToken);
        var sql = CompletenessSql.For(db.Model);
        await step.ExecuteAsync(ChildPeriodsSql.Changed, cancellationToken);
        await step.ExecuteAsync(ChildPeriodsSql.Refresh(sql.MissingRequiredCondition), cancellationToken);
        await step.ExecuteAsync(ChildPeriodsSql.Sums, cancellationToken);
        var full = changedSince is null;
        if (full)
        {
            await step.ExecuteAsync(TermUpdateSummarySql.Refresh, cancellationToken);
            await RefreshCompletenessAsync(step.Connection, step.Transaction, sql, stateCode, step.Today, cancellationToken);
        }
        await step.ExecuteAsync("""
            INSERT INTO report_summary_states (state_code, refreshed_at, fully_refreshed_at) VALUES (@state, now(), now())
            ON CONFLICT (state_code) DO UPDATE SET refreshed_at = excluded.refreshed_at,
                fully_refreshed_at = CASE WHEN @changedSince IS NULL THEN excluded.fully_refreshed_at ELSE report_summary_states.fully_refreshed_at END
            """, cancellationToken);
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

    /// <summary>The statements of one refresh, with the parameters they share.</summary>
    private sealed record Step(NpgsqlConnection Connection, NpgsqlTransaction Transaction, string State, DateOnly Today, DateTime? ChangedSince)
    {
        public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
        {
            var thisPeriod = ReportQuery.PeriodOf(Today);
            await using var command = new NpgsqlCommand(sql, Connection, Transaction) { CommandTimeout = 600 };
            command.Parameters.AddWithValue("state", NpgsqlDbType.Text, State);
            command.Parameters.AddWithValue("years", Enumerable.Range(thisPeriod - Periods + 1, Periods).ToArray());
            // Rows of the periods recomputed go, and any older than the five kept.
            command.Parameters.AddWithValue("first", thisPeriod - Periods + 1);
            command.Parameters.AddWithValue("today", Today);
            command.Parameters.AddWithValue("since", Today.AddYears(-2));
            command.Parameters.AddWithValue("changedSince", NpgsqlDbType.TimestampTz, (object?)ChangedSince ?? DBNull.Value);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
