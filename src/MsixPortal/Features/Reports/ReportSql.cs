using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using Npgsql;
using NpgsqlTypes;

namespace MsixPortal.Features.Reports;

/// <summary>
/// Runs a report's SQL on the context's connection with the query's parameters: @state (text, NULL
/// for all States), @from, @to, @today (date) and @period (the reporting period's first year), plus
/// any the report adds.
/// </summary>
public sealed class ReportSql(PortalDbContext db)
{
    public PortalDbContext Db => db;

    public async Task<List<T>> QueryAsync<T>(string sql, ReportQuery query, Func<NpgsqlDataReader, T> map,
        CancellationToken cancellationToken, params NpgsqlParameter[] extra)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection());
            command.Parameters.Add(new NpgsqlParameter("state", NpgsqlDbType.Text) { Value = (object?)query.StateCode ?? DBNull.Value });
            command.Parameters.AddWithValue("from", query.From);
            command.Parameters.AddWithValue("to", query.To);
            command.Parameters.AddWithValue("today", query.Today);
            command.Parameters.AddWithValue("period", query.PeriodYear);
            command.Parameters.AddRange(extra);
            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(map(reader));
            }
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
