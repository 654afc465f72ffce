using System.Data;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Data.MsixIds;
using MsixPortal.Features.MergeSplit;
using Npgsql;

namespace MsixPortal.Features.Records;

/// <summary>
/// A record as found by an MSIX ID: the MSIX ID the student has today (another one when the requested
/// ID was merged away), its State records (none when all were split away) and its MSIX ID history.
/// </summary>
public sealed record RecordLookup(string RequestedMsixId, string MsixId, ConsolidatedRecord? Record, IReadOnlyList<MsixIdHistoryLine> History)
{
    public bool WasMergedAway => !string.Equals(MsixId, RequestedMsixId, StringComparison.Ordinal);
}

/// <summary>Loads one consolidated student with all its State records and their rows, in one round trip.</summary>
public sealed class RecordLoader(PortalDbContext db)
{
    // Built once from the EF model (the same model for every context of the process); a race only builds it twice.
    private static string? _sql;

    /// <summary>The record for <paramref name="msixId"/> itself, or null for a malformed, unknown or merged-away MSIX ID.</summary>
    public async Task<ConsolidatedRecord?> LoadAsync(string msixId, CancellationToken cancellationToken) =>
        await FindAsync(msixId, cancellationToken) is { WasMergedAway: false, Record: { } record } ? record : null;

    /// <summary>The States holding a record of <paramref name="msixId"/> (none for an unknown one), for the audit trail.</summary>
    public async Task<List<string>> StatesOfAsync(string msixId, CancellationToken cancellationToken) =>
        await db.StateStudentRecords.Where(r => r.ConsolidatedStudent!.MsixId == msixId)
            .Select(r => r.StateCode).Distinct().ToListAsync(cancellationToken);

    /// <summary>What <paramref name="msixId"/> names today (following merges), or null for a malformed or unknown MSIX ID.</summary>
    public async Task<RecordLookup?> FindAsync(string msixId, CancellationToken cancellationToken)
    {
        if (!MsixId.IsValid(msixId))
        {
            return null;
        }
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        await using var command = new NpgsqlCommand(_sql ??= RecordDocumentSql.Build(db.Model), connection);
        // Typed as the column (character), so the comparison uses its unique index.
        command.Parameters.Add(new NpgsqlParameter("msix_id", NpgsqlTypes.NpgsqlDbType.Char) { Value = msixId });
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        var current = reader.GetString(0).Trim();
        var records = JsonSerializer.Deserialize<List<StateStudentRecord>>(reader.GetString(1))!;
        var history = JsonSerializer.Deserialize<List<HistoryRow>>(reader.GetString(2))!;
        foreach (var record in records)
        {
            LinkRows(record);
        }
        return new RecordLookup(msixId, current, records.Count == 0 ? null : new ConsolidatedRecord(current, records),
            [.. history.Select(h => new MsixIdHistoryLine(Enum.Parse<MsixIdEvent>(h.Event), h.OtherMsixId.Trim(), h.OccurredAt, h.FlagId))]);
    }

    /// <summary>Each row points back to its State record, as EF's loading did.</summary>
    private static void LinkRows(StateStudentRecord record)
    {
        IEnumerable<StateRecordRow> rows = [.. record.AlternateIds, .. record.QualifyingMoves, .. record.Enrollments, .. record.Courses, .. record.Assessments];
        foreach (var row in rows)
        {
            row.StateStudentRecord = record;
        }
    }

    private sealed record HistoryRow(string Event, string OtherMsixId, DateTime OccurredAt, long FlagId);
}
