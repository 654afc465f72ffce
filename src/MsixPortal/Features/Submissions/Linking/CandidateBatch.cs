using MsixPortal.Data.Entities.StateRecords;
using Npgsql;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>
/// One batch of incoming records with everything scoring needs: the profiles of the stored records
/// sharing a blocking key with any of them (<see cref="CandidateQuery"/>), and the remembered "no match"
/// decisions of the submitting State for them.
/// </summary>
internal sealed class CandidateBatch
{
    private const string RefusedSql = """
        SELECT state_student_id, consolidated_student_id FROM no_match_decisions
        WHERE state_code = @state AND state_student_id = ANY(@ids)
        """;

    private CandidateBatch(StateStudentRecord[] records, MatchProfile[] profiles, IReadOnlyCollection<string>[] sought)
    {
        Records = records;
        Profiles = profiles;
        Sought = sought;
    }

    public StateStudentRecord[] Records { get; }
    public MatchProfile[] Profiles { get; }

    /// <summary>The blocking keys each incoming record looks under (same order as <see cref="Records"/>).</summary>
    public IReadOnlyCollection<string>[] Sought { get; }

    public Dictionary<long, MatchProfile> Candidates { get; private set; } = [];
    public Dictionary<string, List<long>> ByKey { get; private set; } = [];
    public HashSet<(string StateStudentId, long ConsolidatedStudentId)> Refused { get; } = [];

    public static async Task<CandidateBatch> LoadAsync(NpgsqlConnection connection, string stateCode, StateStudentRecord[] records,
        PendingChanges changes, NameForms names, int maxBlockSize, CancellationToken cancellationToken)
    {
        var profiles = records.Select(r => MatchProfile.Of(r, names)).ToArray();
        var batch = new CandidateBatch(records, profiles, profiles.Select(BlockingKeys.Sought).ToArray());
        var keys = batch.Sought.SelectMany(k => k).Distinct().ToArray();
        (batch.Candidates, batch.ByKey) = await CandidateQuery.RunAsync(connection, keys, maxBlockSize, changes, names, cancellationToken);
        await using var command = new NpgsqlCommand(RefusedSql, connection);
        command.Parameters.AddWithValue("state", stateCode);
        command.Parameters.AddWithValue("ids", records.Select(r => r.StateStudentId).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            batch.Refused.Add((reader.GetString(0), reader.GetInt64(1)));
        }
        return batch;
    }

    /// <summary>The candidates of incoming record <paramref name="i"/>: every record under its keys, minus refused pairs.</summary>
    public IEnumerable<MatchProfile> PoolOf(int i) =>
        Sought[i].Where(ByKey.ContainsKey).SelectMany(k => ByKey[k]).Distinct()
            .Select(id => Candidates[id])
            .Where(c => !Refused.Contains((Records[i].StateStudentId, c.ConsolidatedStudentId)));
}
