using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data;
using Npgsql;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>
/// The stored records filed under any of a batch's blocking keys, in two plain queries: the (key, record)
/// pairs under the keys, an index-only scan; then only the identity columns scoring reads of the records
/// under the usable keys (not whole records, which cost far more to transfer and materialise). Keys shared
/// by more than the block limit are dropped here, between the two, not in SQL: filtering the blocks in the
/// database meant scanning the keys' index entries twice, then joining and grouping them, which took over
/// half of each batch's time (docs/submissions/linking.md). The records the submission deletes are left
/// out and the ones it updates are scored as submitted (<see cref="PendingChanges"/>).
/// </summary>
internal static class CandidateQuery
{
    private const string PairsSql = "SELECT key, state_student_record_id FROM match_keys WHERE key = ANY(@keys)";

    private const string ProfilesSql = """
        SELECT id, consolidated_student_id, state_code, first_name, middle_name, last_name1, last_name2,
               sex, birth_date, multiple_birth, birth_city, birth_state, birth_country,
               parent1first_name, parent1last_name, parent2first_name, parent2last_name
        FROM state_student_records WHERE id = ANY(@ids)
        """;

    /// <summary>Candidate profiles by record ID, and the record IDs under each usable key.</summary>
    public static async Task<(Dictionary<long, MatchProfile> Candidates, Dictionary<string, List<long>> ByKey)> RunAsync(
        NpgsqlConnection connection, string[] keys, int maxBlockSize, PendingChanges changes, NameForms names,
        CancellationToken cancellationToken)
    {
        var byKey = await BlocksAsync(connection, keys, changes, cancellationToken);
        foreach (var key in byKey.Where(block => block.Value.Count > maxBlockSize).Select(block => block.Key).ToList())
        {
            byKey.Remove(key);
        }
        var ids = byKey.Values.SelectMany(block => block).Distinct().ToArray();
        var candidates = new Dictionary<long, MatchProfile>(ids.Length);
        await using var command = new NpgsqlCommand(ProfilesSql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("ids", ids);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var record = Read(reader);
            candidates[record.Id] = MatchProfile.Of(changes.Updated(record.Id) ?? record, names);
        }
        return (candidates, byKey);
    }

    private static async Task<Dictionary<string, List<long>>> BlocksAsync(NpgsqlConnection connection, string[] keys,
        PendingChanges changes, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(PairsSql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("keys", keys);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            var id = reader.GetInt64(1);
            if (changes.IsDeleted(id))
            {
                continue;
            }
            if (!byKey.TryGetValue(key, out var ids))
            {
                byKey[key] = ids = [];
            }
            ids.Add(id);
        }
        return byKey;
    }

    private static StateStudentRecord Read(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        ConsolidatedStudentId = reader.GetInt64(1),
        StateCode = reader.GetString(2),
        FirstName = reader.GetString(3),
        MiddleName = reader.GetStringOrNull(4),
        LastName1 = reader.GetString(5),
        LastName2 = reader.GetStringOrNull(6),
        Sex = reader.GetString(7),
        BirthDate = reader.GetFieldValue<DateOnly>(8),
        MultipleBirth = reader.IsDBNull(9) ? null : reader.GetBoolean(9),
        BirthCity = reader.GetStringOrNull(10),
        BirthState = reader.GetStringOrNull(11),
        BirthCountry = reader.GetStringOrNull(12),
        Parent1FirstName = reader.GetStringOrNull(13),
        Parent1LastName = reader.GetStringOrNull(14),
        Parent2FirstName = reader.GetStringOrNull(15),
        Parent2LastName = reader.GetStringOrNull(16),
    };
}
