using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Data;
using MsixPortal.Data.Entities.StateRecords;
using Npgsql;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>
/// Links new State records to consolidated students, set-based, in batches: per batch, a few queries
/// read the profiles of every stored record sharing a blocking key (<see cref="CandidateBatch"/>),
/// and scoring happens in memory. The records are batched in birth-date order, so that records
/// sharing blocks (same birth date, same year) share a batch and its candidates are read once; and
/// the next batch is read while the current one is scored, so the database and the scoring overlap.
/// Linking reads on a connection of its own, in one snapshot of the committed records, so that it runs
/// while the submission's transaction deletes, updates and files blocking keys (<see cref="PendingChanges"/>):
/// on two cores the two halves of the database work then overlap too.
/// </summary>
public sealed class LinkingService(PortalDbContext db, NicknameCache nicknameCache, IOptions<LinkingSettings> options)
{
    private const int BatchSize = 2000;

    /// <summary>
    /// The outcome of each of <paramref name="incoming"/>, same order, as if read after <paramref name="changes"/>.
    /// Reads on a connection of its own: the context is free for the caller meanwhile.
    /// </summary>
    public async Task<IReadOnlyList<LinkOutcome>> LinkAsync(string stateCode, IReadOnlyList<StateStudentRecord> incoming,
        PendingChanges changes, CancellationToken cancellationToken)
    {
        if (incoming.Count == 0)
        {
            return [];
        }
        var settings = options.Value;
        // The context's connection string: the same database and role, with the portal's Npgsql settings.
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        // One snapshot for every batch, whatever other States commit meanwhile; nothing is written.
        await using var snapshot = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var nicknames = await nicknameCache.GetAsync(connection, cancellationToken);
        var names = new NameForms();
        var outcomes = new LinkOutcome[incoming.Count];
        var profiles = new MatchProfile[incoming.Count];
        var order = Enumerable.Range(0, incoming.Count).OrderBy(i => incoming[i].BirthDate).ToArray();
        var batches = order.Chunk(BatchSize).ToList();
        Task<CandidateBatch>? next = null;
        try
        {
            for (var b = 0; b < batches.Count; b++)
            {
                var current = await (next ?? Load(batches[b]));
                // Only one query at a time runs on the connection: the next batch's, while this one is scored.
                next = b + 1 < batches.Count ? Load(batches[b + 1]) : null;
                var decided = current.Profiles.AsParallel().AsOrdered()
                    .Select((profile, i) => Decide(profile, current.PoolOf(i), nicknames, settings)).ToList();
                for (var i = 0; i < decided.Count; i++)
                {
                    outcomes[batches[b][i]] = decided[i];
                    profiles[batches[b][i]] = current.Profiles[i];
                }
            }
        }
        finally
        {
            // On a failure, the read in flight must finish before the connection is closed under it.
            if (next is not null)
            {
                await Task.WhenAny(next);
            }
        }
        SameFileDuplicates.Propose(profiles, outcomes, nicknames, settings.ReviewThreshold);
        return outcomes;

        Task<CandidateBatch> Load(int[] positions) => Task.Run(() => CandidateBatch.LoadAsync(connection, stateCode,
            [.. positions.Select(i => incoming[i])], changes, names, settings.MaxBlockSize, cancellationToken), cancellationToken);
    }

    private static LinkOutcome Decide(MatchProfile incoming, IEnumerable<MatchProfile> pool, Nicknames nicknames, LinkingSettings settings)
    {
        var ranked = pool
            .Select(candidate => (candidate.ConsolidatedStudentId, Score: RecordComparer.Compare(incoming, candidate, nicknames)))
            .GroupBy(x => x.ConsolidatedStudentId)
            .Select(g => g.MaxBy(x => x.Score.Total))
            .OrderByDescending(x => x.Score.Total)
            .Take(2)
            .ToList();
        if (ranked.Count == 0 || ranked[0].Score.Total < settings.ReviewThreshold)
        {
            return LinkOutcome.New;
        }
        var (best, score) = ranked[0];
        // A runner-up above review and close behind: the best is not certain, whatever its score. At
        // national scale a common name and birth date often bring a weak second candidate; one far
        // behind the best (a sibling with another first name) does not make the best uncertain.
        var contested = ranked.Count > 1 && ranked[1].Score.Total >= settings.ReviewThreshold
            && score.Total - ranked[1].Score.Total < settings.ContestMargin;
        return score.Total >= settings.AutoLinkThreshold && !score.NeverAutomatic && !contested
            ? new LinkOutcome(LinkKind.Linked, best, score)
            : new LinkOutcome(LinkKind.NearMatch, best, score);
    }
}
