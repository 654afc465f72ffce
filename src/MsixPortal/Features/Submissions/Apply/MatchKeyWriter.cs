using MsixPortal.Features.Submissions.Linking;
using Npgsql;
using NpgsqlTypes;

namespace MsixPortal.Features.Submissions.Apply;

/// <summary>Keeps <c>match_keys</c> in step with State records, with binary COPY inside the apply transaction.</summary>
public static class MatchKeyWriter
{
    private const string StoredSql = "SELECT key, state_student_record_id FROM match_keys WHERE state_student_record_id = ANY(@ids)";

    private const string DeleteSql = """
        DELETE FROM match_keys k USING unnest(@keys, @ids) AS d(key, id)
        WHERE k.key = d.key AND k.state_student_record_id = d.id
        """;

    /// <summary>
    /// Files the new records in <paramref name="inserted"/> under their keys, and brings the keys of the
    /// stored records in <paramref name="updated"/> up to date: only the keys that changed are deleted or
    /// added (an update file re-sends mostly the same names and birth dates, so mostly none).
    /// </summary>
    public static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<MatchProfile> inserted, IReadOnlyList<MatchProfile> updated,
        CancellationToken cancellationToken)
    {
        var rows = new List<(string Key, long RecordId)>();
        foreach (var record in inserted)
        {
            rows.AddRange(BlockingKeys.Stored(record).Select(key => (key, record.RecordId)));
        }
        var stale = new List<(string Key, long RecordId)>();
        if (updated.Count > 0)
        {
            var stored = await StoredKeysAsync(connection, [.. updated.Select(r => r.RecordId)], cancellationToken);
            foreach (var record in updated)
            {
                var keys = BlockingKeys.Stored(record);
                var old = stored.GetValueOrDefault(record.RecordId) ?? [];
                rows.AddRange(keys.Where(key => !old.Contains(key)).Select(key => (key, record.RecordId)));
                stale.AddRange(old.Where(key => !keys.Contains(key)).Select(key => (key, record.RecordId)));
            }
        }
        if (stale.Count > 0)
        {
            await using var delete = new NpgsqlCommand(DeleteSql, connection) { CommandTimeout = 0 };
            delete.Parameters.AddWithValue("keys", stale.Select(s => s.Key).ToArray());
            delete.Parameters.AddWithValue("ids", stale.Select(s => s.RecordId).ToArray());
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
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

    private static async Task<Dictionary<long, HashSet<string>>> StoredKeysAsync(NpgsqlConnection connection, long[] recordIds,
        CancellationToken cancellationToken)
    {
        var stored = new Dictionary<long, HashSet<string>>();
        await using var command = new NpgsqlCommand(StoredSql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("ids", recordIds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var recordId = reader.GetInt64(1);
            if (!stored.TryGetValue(recordId, out var keys))
            {
                stored[recordId] = keys = new HashSet<string>(StringComparer.Ordinal);
            }
            keys.Add(reader.GetString(0));
        }
        return stored;
    }
}
