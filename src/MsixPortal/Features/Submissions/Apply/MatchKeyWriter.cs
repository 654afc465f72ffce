using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Features.Submissions.Linking;
using Npgsql;
using NpgsqlTypes;

namespace MsixPortal.Features.Submissions.Apply;

/// <summary>Keeps <c>match_keys</c> in step with State records, with binary COPY inside the apply transaction.</summary>
public static class MatchKeyWriter
{
    /// <summary>Files <paramref name="records"/> under their keys, first removing the old keys of the records in <paramref name="deleteFirst"/>.</summary>
    public static async Task ReplaceAsync(PortalDbContext db, IReadOnlyList<MatchProfile> records, long[] deleteFirst, CancellationToken cancellationToken)
    {
        if (deleteFirst.Length > 0)
        {
            await db.MatchKeys.Where(k => deleteFirst.Contains(k.StateStudentRecordId)).ExecuteDeleteAsync(cancellationToken);
        }
        // In key order: the rows then land on neighbouring pages of the (key, record) index, which has
        // millions of entries, instead of one random page each.
        var rows = records.SelectMany(r => BlockingKeys.Stored(r).Select(key => (Key: key, r.RecordId)))
            .OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.RecordId).ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY match_keys (key, state_student_record_id) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var (key, recordId) in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(key, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(recordId, NpgsqlDbType.Bigint, cancellationToken);
        }
        await importer.CompleteAsync(cancellationToken);
    }
}
