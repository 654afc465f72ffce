using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Linking;
using MsixPortal.Features.Audit;

namespace MsixPortal.Features.NearMatches;

/// <summary>
/// Decides near-match work items. Match: the State record moves to the candidate consolidated
/// student and the provisional one (if left empty) goes. No match: the pair is remembered and never
/// proposed again. One transaction; a concurrent decision on the same item loses (xmin).
/// </summary>
public sealed class NearMatchService(PortalDbContext db, AuditTrail audit, TimeProvider clock)
{
    public enum Outcome
    {
        Decided,
        NotFound,
        AlreadyDecided,
    }

    public async Task<Outcome> DecideAsync(Guid publicId, bool isMatch, Guid? userId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var item = await db.NearMatchItems.SingleOrDefaultAsync(n => n.PublicId == publicId, cancellationToken);
        if (item is null)
        {
            return Outcome.NotFound;
        }
        if (item.Status != NearMatchStatus.Open)
        {
            return Outcome.AlreadyDecided;
        }
        var record = await db.StateStudentRecords.SingleAsync(r => r.Id == item.StateStudentRecordId, cancellationToken);
        var provisional = record.ConsolidatedStudentId;
        if (isMatch)
        {
            record.ConsolidatedStudentId = item.CandidateConsolidatedStudentId;
        }
        else
        {
            db.NoMatchDecisions.Add(new NoMatchDecision
            {
                StateCode = record.StateCode,
                StateStudentId = record.StateStudentId,
                ConsolidatedStudentId = item.CandidateConsolidatedStudentId,
                DecidedByUserId = userId,
                DecidedAt = clock.GetUtcNow().UtcDateTime,
            });
        }
        item.Status = isMatch ? NearMatchStatus.Matched : NearMatchStatus.NotMatched;
        item.DecidedByUserId = userId;
        item.ProvisionalStudentId = provisional;
        item.DecidedAt = clock.GetUtcNow().UtcDateTime;
        // The submitting State's row, also when a national administrator (who has no State) decides.
        db.Add(audit.Create(AuditActions.NearMatchDecided, "near-match", item.PublicId.ToString(),
            isMatch ? "match" : "no match", userId, stateCode: item.StateCode));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another administrator decided the same item meanwhile: theirs stands, nothing of ours is kept.
            return Outcome.AlreadyDecided;
        }
        if (isMatch && !await db.StateStudentRecords.AnyAsync(r => r.ConsolidatedStudentId == provisional, cancellationToken))
        {
            // The MSIX ID given while the match was uncertain is retired, like a merged-away one: it leads
            // to the candidate from now on (links, bookmarks, the upload's result), and is never reused.
            await db.ConsolidatedStudents.Where(c => c.Id == provisional).ExecuteUpdateAsync(
                c => c.SetProperty(s => s.MergedIntoStudentId, item.CandidateConsolidatedStudentId).SetProperty(s => s.ChangedAt, item.DecidedAt),
                cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Decided;
    }
}
