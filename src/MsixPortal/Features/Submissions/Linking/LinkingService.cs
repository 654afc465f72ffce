using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Data;
using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>
/// Links new State records to consolidated students, set-based: for a batch of records, one query
/// finds every stored record sharing a blocking key, one loads them, one loads the remembered
/// "no match" decisions; scoring happens in memory.
/// </summary>
public sealed class LinkingService(PortalDbContext db, NicknameCache nicknameCache, IOptions<LinkingSettings> options)
{
    private const int BatchSize = 2000;

    public async Task<IReadOnlyList<LinkOutcome>> LinkAsync(string stateCode, IReadOnlyList<StateStudentRecord> incoming,
        CancellationToken cancellationToken)
    {
        var outcomes = new List<LinkOutcome>(incoming.Count);
        var nicknames = await nicknameCache.GetAsync(db, cancellationToken);
        foreach (var batch in incoming.Chunk(BatchSize))
        {
            outcomes.AddRange(await LinkBatchAsync(stateCode, batch, nicknames, cancellationToken));
        }
        return outcomes;
    }

    private async Task<IEnumerable<LinkOutcome>> LinkBatchAsync(string stateCode, StateStudentRecord[] batch, Nicknames nicknames,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var profiles = batch.Select(MatchProfile.Of).ToArray();
        var sought = profiles.Select(BlockingKeys.Sought).ToArray();
        var allKeys = sought.SelectMany(k => k).Distinct().ToArray();
        var hits = await db.MatchKeys.AsNoTracking().Where(k => allKeys.Contains(k.Key))
            .Select(k => new { k.Key, k.StateStudentRecordId }).ToListAsync(cancellationToken);
        var byKey = hits.GroupBy(h => h.Key)
            .Where(g => g.Count() <= settings.MaxBlockSize)
            .ToDictionary(g => g.Key, g => g.Select(h => h.StateStudentRecordId).ToArray(), StringComparer.Ordinal);
        var candidateIds = byKey.Values.SelectMany(ids => ids).Distinct().ToArray();
        var candidates = (await db.StateStudentRecords.AsNoTracking().Where(r => candidateIds.Contains(r.Id))
            .ToListAsync(cancellationToken)).ToDictionary(r => r.Id, MatchProfile.Of);
        var stateIds = batch.Select(r => r.StateStudentId).ToArray();
        var refused = (await db.NoMatchDecisions.AsNoTracking()
            .Where(d => d.StateCode == stateCode && stateIds.Contains(d.StateStudentId))
            .Select(d => new { d.StateStudentId, d.ConsolidatedStudentId }).ToListAsync(cancellationToken))
            .Select(d => (d.StateStudentId, d.ConsolidatedStudentId)).ToHashSet();

        // Scoring is pure CPU over data already in memory: spread it over the cores, keeping the order.
        return profiles.AsParallel().AsOrdered().Select((profile, i) =>
        {
            var pool = sought[i].Where(byKey.ContainsKey).SelectMany(k => byKey[k]).Distinct()
                .Select(id => candidates[id])
                .Where(c => !refused.Contains((batch[i].StateStudentId, c.ConsolidatedStudentId)));
            return Decide(profile, pool, nicknames, settings);
        }).ToList();
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
