using Npgsql;

namespace MsixPortal.Features.SyntheticData.Incoming;

/// <summary>
/// Linking measured against the ground truth, over the inserted records (updates are linked by their
/// State student ID and only checked): an automatic link is a record joined to a consolidated student
/// that existed before; it is right when that is the child's own.
/// </summary>
public sealed record LinkingQuality(int Inserted, int Known, int AutoLinks, int RightAutoLinks, int FoundInWorklist,
    int WorklistItems, int TwinsJoined, int Missing, int UpdatesMoved)
{
    public double AutoPrecision => AutoLinks == 0 ? 1 : (double)RightAutoLinks / AutoLinks;
    public double AutoRecall => Known == 0 ? 1 : (double)RightAutoLinks / Known;
    public double ReviewRecall => Known == 0 ? 1 : (double)(RightAutoLinks + FoundInWorklist) / Known;
    public double WorklistPerRecord => Inserted == 0 ? 0 : (double)WorklistItems / Inserted;

    /// <summary>Reads where each submitted record ended up and which candidates its near-match items propose.</summary>
    public static async Task<LinkingQuality> MeasureAsync(NpgsqlConnection connection, string state, IReadOnlyList<IncomingRecord> records,
        IReadOnlySet<string> existingMsixIds, CancellationToken cancellationToken = default)
    {
        var observed = await ObserveAsync(connection, state, records.Select(r => r.Student.Record.StateStudentId).ToArray(), cancellationToken);
        int inserted = 0, known = 0, autoLinks = 0, right = 0, found = 0, items = 0, twins = 0, missing = 0, moved = 0;
        foreach (var record in records)
        {
            if (!observed.TryGetValue(record.Student.Record.StateStudentId, out var seen))
            {
                missing++;
                continue;
            }
            if (record.Kind == IncomingKind.Update)
            {
                moved += seen.MsixId == record.TrueMsixId ? 0 : 1;
                continue;
            }
            inserted++;
            items += seen.Candidates.Length;
            var auto = existingMsixIds.Contains(seen.MsixId);
            autoLinks += auto ? 1 : 0;
            twins += auto && seen.MsixId == record.CoTwinMsixId ? 1 : 0;
            if (record.Kind == IncomingKind.KnownChild)
            {
                known++;
                var isRight = seen.MsixId == record.TrueMsixId;
                right += isRight ? 1 : 0;
                found += !isRight && seen.Candidates.Contains(record.TrueMsixId) ? 1 : 0;
            }
        }
        return new LinkingQuality(inserted, known, autoLinks, right, found, items, twins, missing, moved);
    }

    private static async Task<Dictionary<string, (string MsixId, string[] Candidates)>> ObserveAsync(NpgsqlConnection connection,
        string state, string[] stateStudentIds, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT r.state_student_id, s.msix_id,
                   ARRAY(SELECT c.msix_id FROM near_match_items n JOIN consolidated_students c ON c.id = n.candidate_consolidated_student_id
                         WHERE n.state_student_record_id = r.id)
            FROM state_student_records r JOIN consolidated_students s ON s.id = r.consolidated_student_id
            WHERE r.state_code = @state AND r.state_student_id = ANY(@ids)
            """, connection);
        command.Parameters.AddWithValue("state", state);
        command.Parameters.AddWithValue("ids", stateStudentIds);
        var observed = new Dictionary<string, (string, string[])>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            observed[reader.GetString(0)] = (reader.GetString(1), reader.GetFieldValue<string[]>(2));
        }
        return observed;
    }

    /// <summary>Adds the figures of several submissions.</summary>
    public static LinkingQuality Sum(IEnumerable<LinkingQuality> parts) => parts.Aggregate(new LinkingQuality(0, 0, 0, 0, 0, 0, 0, 0, 0),
        (a, b) => new LinkingQuality(a.Inserted + b.Inserted, a.Known + b.Known, a.AutoLinks + b.AutoLinks, a.RightAutoLinks + b.RightAutoLinks,
            a.FoundInWorklist + b.FoundInWorklist, a.WorklistItems + b.WorklistItems, a.TwinsJoined + b.TwinsJoined,
            a.Missing + b.Missing, a.UpdatesMoved + b.UpdatesMoved));
}
