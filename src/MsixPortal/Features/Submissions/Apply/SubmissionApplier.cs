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

namespace MsixPortal.Features.Submissions.Apply;

/// <summary>
/// Applies the valid students of a submission inside the caller's transaction: deletes, updates
/// (the State record's elements replaced, its child rows replaced), inserts (linked, near match or
/// new MSIX ID), then the blocking keys. Nothing is committed here.
/// </summary>
public sealed class SubmissionApplier(PortalDbContext db, LinkingService linking, MsixIdGenerator msixIds, TimeProvider clock)
{
    private const int SaveChunk = 1000;

    public async Task<ApplyCounts> ApplyAsync(Submission submission, IReadOnlyList<ValidatedStudent> students,
        ExistingRecords existing, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var counts = new ApplyCounts();
        var byAction = students.ToLookup(s => s.Action);

        var deleteIds = byAction[StudentAction.Delete].Select(s => existing.ByStateStudentId[s.Record.StateStudentId].RecordId).ToArray();
        foreach (var chunk in deleteIds.Chunk(5000))
        {
            counts.Deleted += await db.StateStudentRecords.Where(r => chunk.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        var touched = new List<StateStudentRecord>(students.Count);
        touched.AddRange(await UpdateAsync(byAction[StudentAction.Update].ToList(), existing, now, cancellationToken));
        counts.Updated = touched.Count;

        var inserts = byAction[StudentAction.Insert].ToList();
        touched.AddRange(await InsertAsync(submission, inserts, existing, now, counts, cancellationToken));
        counts.Inserted = inserts.Count;

        await MatchKeyWriter.ReplaceAsync(db, touched.Select(MatchProfile.Of).ToList(), cancellationToken);
        counts.LateNewChildren = inserts.Count(s => Timeliness.IsLateNewChild(s.Record, now));
        return counts;
    }

    private async Task<List<StateStudentRecord>> UpdateAsync(List<ValidatedStudent> updates, ExistingRecords existing,
        DateTime now, CancellationToken cancellationToken)
    {
        var updated = new List<StateStudentRecord>(updates.Count);
        foreach (var chunk in updates.Chunk(SaveChunk))
        {
            var ids = chunk.Select(s => existing.ByStateStudentId[s.Record.StateStudentId].RecordId).ToArray();
            await ChildRows.DeleteAsync(db, ids, cancellationToken);
            var stored = await db.StateStudentRecords.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.StateStudentId, cancellationToken);
            foreach (var student in chunk)
            {
                var record = stored[student.Record.StateStudentId];
                student.Record.Id = record.Id;
                student.Record.ConsolidatedStudentId = record.ConsolidatedStudentId;
                student.Record.CreatedAt = record.CreatedAt;
                student.Record.LastSubmittedAt = now;
                db.Entry(record).CurrentValues.SetValues(student.Record);
                ChildRows.Adopt(student.Record, record, now);
                updated.Add(record);
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return updated;
    }

    private async Task<List<StateStudentRecord>> InsertAsync(Submission submission, List<ValidatedStudent> inserts,
        ExistingRecords existing, DateTime now, ApplyCounts counts, CancellationToken cancellationToken)
    {
        var toLink = inserts.Where(s => s.MsixId is null).Select(s => s.Record).ToList();
        var outcomes = await linking.LinkAsync(submission.StateCode, toLink, cancellationToken);
        var outcomeOf = toLink.Select((r, i) => (r, outcomes[i])).ToDictionary(x => x.r, x => x.Item2);
        var newIds = new Queue<string>(await NewMsixIdsAsync(outcomes.Count(o => o.Kind != LinkKind.Linked), cancellationToken));
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
            record.ConsolidatedStudent = new ConsolidatedStudent { MsixId = newIds.Dequeue(), CreatedAt = now };
            counts.NewStudents++;
            if (outcome.Kind == LinkKind.NearMatch)
            {
                nearMatches.Add((record, outcome));
            }
        }
        foreach (var chunk in inserts.Chunk(SaveChunk))
        {
            db.StateStudentRecords.AddRange(chunk.Select(s => s.Record));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        db.NearMatchItems.AddRange(nearMatches.Select(n => NearMatch(submission, n.Record, n.Outcome, now)));
        counts.NearMatches = nearMatches.Count;
        return inserts.Select(s => s.Record).ToList();
    }

    private async Task<IReadOnlyList<string>> NewMsixIdsAsync(int count, CancellationToken cancellationToken) =>
        count == 0 ? [] : await msixIds.NextAsync(count, cancellationToken);

    private static NearMatchItem NearMatch(Submission submission, StateStudentRecord record, LinkOutcome outcome, DateTime now) => new()
    {
        PublicId = Guid.NewGuid(),
        StateCode = submission.StateCode,
        SubmissionId = submission.Id,
        StateStudentRecordId = record.Id,
        CandidateConsolidatedStudentId = outcome.CandidateConsolidatedStudentId!.Value,
        Score = (decimal)outcome.Score!.Total,
        Explanation = JsonSerializer.Serialize(outcome.Score.Parts, JsonOptions),
        Status = NearMatchStatus.Open,
        CreatedAt = now,
    };

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
