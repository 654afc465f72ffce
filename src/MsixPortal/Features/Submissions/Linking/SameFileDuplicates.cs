namespace MsixPortal.Features.Submissions.Linking;

/// <summary>
/// One child twice in one file (two State IDs): the file's new records are compared with each other,
/// under the same blocking keys as with the stored records, and a pair that scores at least the review
/// threshold becomes a near match of the submitting State — never a link: two records of one State are
/// joined only by a person. The record proposed is one with no other candidate (outcome
/// <see cref="LinkKind.New"/>), the later of the two when both have none; a record already linked or
/// already a near match keeps its outcome.
/// </summary>
internal static class SameFileDuplicates
{
    private static readonly ScorePart SameFile = new("Same file", 0, "another new record of the same submission");

    public static void Propose(MatchProfile[] profiles, LinkOutcome[] outcomes, Nicknames nicknames, double reviewThreshold)
    {
        var filed = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < profiles.Length; i++)
        {
            foreach (var key in BlockingKeys.Stored(profiles[i]))
            {
                if (!filed.TryGetValue(key, out var list))
                {
                    filed[key] = list = [];
                }
                list.Add(i);
            }
        }
        for (var i = 0; i < profiles.Length; i++)
        {
            var (other, best) = BestEarlier(i, profiles, filed, nicknames);
            if (best is null || best.Total < reviewThreshold)
            {
                continue;
            }
            var score = new MatchScore(best.Total, [.. best.Parts, SameFile], NeverAutomatic: true);
            if (outcomes[i].Kind == LinkKind.New)
            {
                outcomes[i] = new LinkOutcome(LinkKind.NearMatch, null, score, SameFileIndex: other);
            }
            else if (outcomes[other].Kind == LinkKind.New)
            {
                outcomes[other] = new LinkOutcome(LinkKind.NearMatch, null, score, SameFileIndex: i);
            }
        }
    }

    /// <summary>The best-scoring record before <paramref name="i"/> in the file under its keys, if any.</summary>
    private static (int Index, MatchScore? Score) BestEarlier(int i, MatchProfile[] profiles, Dictionary<string, List<int>> filed,
        Nicknames nicknames)
    {
        (int Index, MatchScore? Score) best = (-1, null);
        foreach (var j in BlockingKeys.Sought(profiles[i]).Where(filed.ContainsKey).SelectMany(k => filed[k]).Where(j => j < i).Distinct())
        {
            var score = RecordComparer.Compare(profiles[i], profiles[j], nicknames);
            if (best.Score is null || score.Total > best.Score.Total)
            {
                best = (j, score);
            }
        }
        return best;
    }
}
