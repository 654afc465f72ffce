using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data;
using Npgsql;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>
/// The stored records filed under any of a batch's blocking keys, in one round trip: the keys they
/// share with the batch and only the identity columns scoring reads (not whole records, which cost
/// far more to transfer and materialise). Keys shared by more than the block limit are skipped.
/// </summary>
internal static class CandidateQuery
{
    // Not a MATERIALIZED CTE of the hits: read twice through the index (only the keys' entries), the keys are
    // grouped without spilling to disk; a third less time per batch at a million students.
    private const string Sql = """
        SELECT c.keys, r.id, r.consolidated_student_id, r.state_code, r.first_name, r.middle_name, r.last_name1, r.last_name2,
               r.sex, r.birth_date, r.multiple_birth, r.birth_city, r.birth_state, r.birth_country,
               r.parent1first_name, r.parent1last_name, r.parent2first_name, r.parent2last_name
        FROM (SELECT k.state_student_record_id AS id, array_agg(k.key) AS keys
              FROM match_keys k
              WHERE k.key = ANY(@keys)
                AND k.key IN (SELECT u.key FROM match_keys u WHERE u.key = ANY(@keys) GROUP BY u.key HAVING count(*) <= @max_block)
              GROUP BY k.state_student_record_id) c
        JOIN state_student_records r ON r.id = c.id
        """;

    /// <summary>Candidate profiles by record ID, and the record IDs under each usable key.</summary>
    public static async Task<(Dictionary<long, MatchProfile> Candidates, Dictionary<string, List<long>> ByKey)> RunAsync(
        NpgsqlConnection connection, string[] keys, int maxBlockSize, NameForms names, CancellationToken cancellationToken)
    {
        var candidates = new Dictionary<long, MatchProfile>();
        var byKey = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(Sql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("keys", keys);
        command.Parameters.AddWithValue("max_block", (long)maxBlockSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var record = Read(reader);
            candidates[record.Id] = MatchProfile.Of(record, names);
            foreach (var key in reader.GetFieldValue<string[]>(0))
            {
                if (!byKey.TryGetValue(key, out var ids))
                {
                    byKey[key] = ids = [];
                }
                ids.Add(record.Id);
            }
        }
        return (candidates, byKey);
    }

    private static StateStudentRecord Read(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetInt64(1),
        ConsolidatedStudentId = reader.GetInt64(2),
        StateCode = reader.GetString(3),
        FirstName = reader.GetString(4),
        MiddleName = reader.GetStringOrNull(5),
        LastName1 = reader.GetString(6),
        LastName2 = reader.GetStringOrNull(7),
        Sex = reader.GetString(8),
        BirthDate = reader.GetFieldValue<DateOnly>(9),
        MultipleBirth = reader.IsDBNull(10) ? null : reader.GetBoolean(10),
        BirthCity = reader.GetStringOrNull(11),
        BirthState = reader.GetStringOrNull(12),
        BirthCountry = reader.GetStringOrNull(13),
        Parent1FirstName = reader.GetStringOrNull(14),
        Parent1LastName = reader.GetStringOrNull(15),
        Parent2FirstName = reader.GetStringOrNull(16),
        Parent2LastName = reader.GetStringOrNull(17),
    };

}
