using MsixPortal.Features.Matching;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>
/// The documented, explainable match score (docs/submissions/linking.md): points for agreement and
/// against disagreement on first name, surnames, birth date, sex, birth place, parents, and a
/// multiple-birth rule so that twins (same parents and birth date, different first names) are never
/// joined automatically.
/// </summary>
public static class RecordComparer
{
    public static MatchScore Compare(MatchProfile incoming, MatchProfile candidate, Nicknames nicknames)
    {
        var parts = new List<ScorePart>(8);
        var firstSimilarity = FirstNameSimilarity(incoming, candidate, nicknames, out var nickname);
        parts.Add(FirstName(firstSimilarity, nickname));
        parts.Add(Surnames(incoming, candidate));
        parts.Add(BirthDates.Compare(incoming.BirthDate, candidate.BirthDate));
        if (incoming.Sex.Length > 0 && candidate.Sex.Length > 0)
        {
            parts.Add(incoming.Sex == candidate.Sex ? new("Sex", 1, "same") : new("Sex", -2, "different"));
        }
        AddBirthPlace(incoming, candidate, parts);
        AddParents(incoming, candidate, nicknames, parts);
        var twinRisk = (incoming.MultipleBirth || candidate.MultipleBirth) && firstSimilarity < 0.95;
        if (twinRisk)
        {
            parts.Add(new("Multiple birth", -8, "a multiple-birth child with a different first name: a sibling"));
        }
        return MatchScore.Of(parts, neverAutomatic: twinRisk || ((incoming.MultipleBirth || candidate.MultipleBirth) && firstSimilarity < 1));
    }

    private static double FirstNameSimilarity(MatchProfile a, MatchProfile b, Nicknames nicknames, out bool nickname)
    {
        nickname = nicknames.AreEquivalent(a.FirstWord, b.FirstWord);
        var best = Math.Max(JaroWinkler.Similarity(a.FirstJoined, b.FirstJoined), JaroWinkler.Similarity(a.FirstWord, b.FirstWord));
        // "José Luis" in the first name against first "José", middle "Luis".
        best = Math.Max(best, JaroWinkler.Similarity(a.FirstJoined, b.FirstJoined + b.MiddleJoined));
        best = Math.Max(best, JaroWinkler.Similarity(a.FirstJoined + a.MiddleJoined, b.FirstJoined));
        if (a.FirstSound == b.FirstSound)
        {
            best = Math.Max(best, 0.93);
        }
        return nickname ? Math.Max(best, 0.95) : best;
    }

    private static ScorePart FirstName(double similarity, bool nickname) => similarity switch
    {
        >= 0.999 => new("First name", 4, "same"),
        _ when nickname => new("First name", 3, "nickname of the same name"),
        >= 0.93 => new("First name", 3, "spelled a little differently or sounds the same"),
        >= 0.85 => new("First name", 1, "similar"),
        _ => new("First name", -5, "different"),
    };

    private static ScorePart Surnames(MatchProfile a, MatchProfile b)
    {
        var joined = Math.Max(JaroWinkler.Similarity(a.SurnamesJoined, b.SurnamesJoined),
            JaroWinkler.Similarity(a.SurnamesJoined, b.SurnamesReversed));
        var bestWord = 0.0;
        var matchedWords = 0;
        for (var i = 0; i < a.Surnames.Length; i++)
        {
            var best = 0.0;
            for (var j = 0; j < b.Surnames.Length; j++)
            {
                best = Math.Max(best, Math.Max(JaroWinkler.Similarity(a.Surnames[i], b.Surnames[j]), a.SurnameSounds[i] == b.SurnameSounds[j] ? 0.93 : 0));
            }
            bestWord = Math.Max(bestWord, best);
            matchedWords += best >= 0.9 ? 1 : 0;
        }
        if (joined >= 0.999 || (matchedWords >= 2 && bestWord >= 0.999))
        {
            return new("Surnames", 5, "same (in any order)");
        }
        if (joined >= 0.93 || matchedWords >= 2)
        {
            return new("Surnames", 4, "same surnames, spelled a little differently or in another order");
        }
        return bestWord switch
        {
            >= 0.999 => new("Surnames", 3.5, "one surname the same, the other missing or different"),
            >= 0.93 => new("Surnames", 2.5, "one surname similar"),
            >= 0.85 => new("Surnames", 0.5, "similar"),
            _ => new("Surnames", -5, "different"),
        };
    }

    private static void AddBirthPlace(MatchProfile a, MatchProfile b, List<ScorePart> parts)
    {
        if (a.BirthCountry is not null && b.BirthCountry is not null)
        {
            parts.Add(a.BirthCountry == b.BirthCountry ? new("Birth country", 0.5, "same") : new("Birth country", -1.5, "different"));
        }
        if (a.BirthState is not null && b.BirthState is not null)
        {
            parts.Add(a.BirthState == b.BirthState ? new("Birth State", 0.5, "same") : new("Birth State", -1, "different"));
        }
        if (a.BirthCity.Length > 0 && b.BirthCity.Length > 0)
        {
            parts.Add(JaroWinkler.Similarity(a.BirthCity, b.BirthCity) >= 0.9
                ? new("Birth city", 1, "same or similar") : new("Birth city", -0.5, "different"));
        }
    }

    private static void AddParents(MatchProfile a, MatchProfile b, Nicknames nicknames, List<ScorePart> parts)
    {
        if (a.ParentFirstNames.Length == 0 || b.ParentFirstNames.Length == 0)
        {
            return;
        }
        var agreeing = a.ParentFirstNames.Count(x => b.ParentFirstNames.Any(y =>
            JaroWinkler.Similarity(x, y) >= 0.9 || nicknames.AreEquivalent(x, y)));
        parts.Add(agreeing switch
        {
            >= 2 => new("Parents", 2.5, "both parents' first names agree"),
            1 => new("Parents", 1.5, "one parent's first name agrees"),
            _ => new("Parents", -2, "parents' first names differ"),
        });
    }
}
