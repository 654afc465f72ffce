using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Linking;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.Entities.Submissions;
using MsixPortal.Data.MsixIds;
using MsixPortal.Features.Submissions.Linking;
using MsixPortal.Features.Submissions.Validation;
using Npgsql;

namespace MsixPortal.Features.Submissions.Apply;

/// <summary>
/// Applies the valid students of a submission inside the caller's transaction, set-based: deletes by
/// key, updates from a staging table and files the blocking keys, while the inserts are linked in batches
/// on another connection (<see cref="LinkingService"/>); then COPYs new consolidated students, records and
/// child rows. Nothing is committed here.
/// </summary>
public sealed class SubmissionApplier(PortalDbContext db, LinkingService linking, MsixIdGenerator msixIds, TimeProvider clock,
    SubmissionPhases phases)
{
    public async Task<ApplyCounts> ApplyAsync(Submission submission, IReadOnlyList<ValidatedStudent> students,
        ExistingRecords existing, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var counts = new ApplyCounts();
        var byAction = students.ToLookup(s => s.Action);
        var writer = await RecordWriter.StartAsync(db, cancellationToken);

        var deleteIds = byAction[StudentAction.Delete].Select(s => existing.ByStateStudentId[s.Record.StateStudentId].RecordId).ToArray();
        var updates = byAction[StudentAction.Update].Select(s => s.Record).ToList();
        foreach (var record in updates)
        {
            (record.Id, record.ConsolidatedStudentId) = existing.ByStateStudentId[record.StateStudentId];
            record.LastSubmittedAt = now;
            ChildRows.Stamp(record, now);
        }
        var inserts = byAction[StudentAction.Insert].ToList();
        await writer.TakeKeysAsync([.. inserts.Select(s => s.Record)], cancellationToken);
        var toLink = inserts.Where(s => s.MsixId is null).Select(s => s.Record).ToList();

        // Linking reads on a connection of its own, so it runs while this transaction deletes, updates and
        // files the blocking keys (which need the records' keys only, not their consolidated students).
        using var stopLinking = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var linked = linking.LinkAsync(submission.StateCode, toLink, new PendingChanges(deleteIds, updates), stopLinking.Token);
        try
        {
            await WriteWhileLinkingAsync(deleteIds, updates, inserts, writer, counts, cancellationToken);
        }
        catch
        {
            await stopLinking.CancelAsync();
            await Task.WhenAny(linked);
            throw;
        }
        var outcomes = await linked;
        phases.Done("linking");

        var nearMatches = await InsertAsync(inserts, toLink, outcomes, existing, writer, now, counts, cancellationToken);
        // Every record of the file now has its consolidated student: a near match may propose another record of the file.
        db.NearMatchItems.AddRange(nearMatches.Select(n => NearMatch(submission, n.Record, Candidate(n.Outcome, toLink), n.Outcome, now)));
        counts.Inserted = inserts.Count;
        counts.NearMatches = nearMatches.Count;
        phases.Done("inserts");
        counts.LateNewChildren = inserts.Count(s => Timeliness.IsLateNewChild(s.Record, now));
        return counts;
    }

    /// <summary>Everything that does not wait for the links: deletes, updates, and the blocking keys of new and updated records.</summary>
    private async Task WriteWhileLinkingAsync(long[] deleteIds, List<StateStudentRecord> updates, List<ValidatedStudent> inserts,
        RecordWriter writer, ApplyCounts counts, CancellationToken cancellationToken)
    {
        if (deleteIds.Length > 0)
        {
            counts.Deleted = await db.StateStudentRecords.Where(r => deleteIds.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
        }
        await writer.UpdateAsync(updates, cancellationToken);
        counts.Updated = updates.Count;
        phases.Done("deletes and updates");
        var names = new NameForms();
        await MatchKeyWriter.WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), [.. inserts.Select(s => MatchProfile.Of(s.Record, names))],
            [.. updates.Select(r => MatchProfile.Of(r, names))], cancellationToken);
        phases.Done("match keys");
    }

    private async Task<List<(StateStudentRecord Record, LinkOutcome Outcome)>> InsertAsync(List<ValidatedStudent> inserts,
        List<StateStudentRecord> toLink, IReadOnlyList<LinkOutcome> outcomes, ExistingRecords existing, RecordWriter writer, DateTime now,
        ApplyCounts counts, CancellationToken cancellationToken)
    {
        var outcomeOf = toLink.Select((r, i) => (r, outcomes[i])).ToDictionary(x => x.r, x => x.Item2);
        var newIds = new Queue<string>(await NewMsixIdsAsync(outcomes.Count(o => o.Kind != LinkKind.Linked), cancellationToken));
        var newStudents = new List<(StateStudentRecord Record, ConsolidatedStudent Student)>();
        var nearMatches = new List<(StateStudentRecord Record, LinkOutcome Outcome)>();

        foreach (var student in inserts)
        {
            var record = student.Record;
            record.CreatedAt = record.LastSubmittedAt = now;
            ChildRows.Stamp(record, now);
            if (student.MsixId is { } given)
            {
                record.ConsolidatedStudentId = existing.ConsolidatedByMsixId[given];
                counts.Linked++;
                continue;
            }
            var outcome = outcomeOf[record];
            if (outcome.Kind == LinkKind.Linked)
            {
                record.ConsolidatedStudentId = outcome.CandidateConsolidatedStudentId!.Value;
                counts.Linked++;
                continue;
            }
            newStudents.Add((record, new ConsolidatedStudent { MsixId = newIds.Dequeue(), CreatedAt = now }));
            if (outcome.Kind == LinkKind.NearMatch)
            {
                nearMatches.Add((record, outcome));
            }
        }
        await writer.InsertStudentsAsync(newStudents.Select(n => n.Student).ToList(), cancellationToken);
        newStudents.ForEach(n => n.Record.ConsolidatedStudentId = n.Student.Id);
        counts.NewStudents = newStudents.Count;
        await writer.InsertAsync(inserts.Select(s => s.Record).ToList(), cancellationToken);
        return nearMatches;
    }

    private async Task<IReadOnlyList<string>> NewMsixIdsAsync(int count, CancellationToken cancellationToken) =>
        count == 0 ? [] : await msixIds.NextAsync(count, cancellationToken);

    private static long Candidate(LinkOutcome outcome, List<StateStudentRecord> toLink) =>
        outcome.SameFileIndex is { } other ? toLink[other].ConsolidatedStudentId : outcome.CandidateConsolidatedStudentId!.Value;

    private static NearMatchItem NearMatch(Submission submission, StateStudentRecord record, long candidate, LinkOutcome outcome, DateTime now) => new()
    {
        PublicId = Guid.NewGuid(),
        StateCode = submission.StateCode,
        SubmissionId = submission.Id,
        StateStudentRecordId = record.Id,
        CandidateConsolidatedStudentId = candidate,
        Score = (decimal)outcome.Score!.Total,
        Explanation = JsonSerializer.Serialize(outcome.Score.Parts, JsonOptions),
        Status = NearMatchStatus.Open,
        CreatedAt = now,
    };

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
