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
    // Every part is a constant, shared: linking compares millions of pairs per submission.
    private static readonly ScorePart SexSame = new("Sex", 1, "same");
    private static readonly ScorePart SexDifferent = new("Sex", -2, "different");
    private static readonly ScorePart TwinSibling = new("Multiple birth", -8, "a multiple-birth child with a different first name: a sibling");
    private static readonly ScorePart FirstNameSame = new("First name", 4, "same");
    private static readonly ScorePart FirstNameNickname = new("First name", 3, "nickname of the same name");
    private static readonly ScorePart FirstNameClose = new("First name", 3, "spelled a little differently or sounds the same");
    private static readonly ScorePart FirstNameSimilar = new("First name", 1, "similar");
    private static readonly ScorePart FirstNameDifferent = new("First name", -5, "different");
    private static readonly ScorePart SurnamesSame = new("Surnames", 5, "same (in any order)");
    private static readonly ScorePart SurnamesClose = new("Surnames", 4, "same surnames, spelled a little differently or in another order");
    private static readonly ScorePart SurnamesOneSame = new("Surnames", 3.5, "one surname the same, the other missing or different");
    private static readonly ScorePart SurnamesOneSimilar = new("Surnames", 2.5, "one surname similar");
    private static readonly ScorePart SurnamesSimilar = new("Surnames", 0.5, "similar");
    private static readonly ScorePart SurnamesDifferent = new("Surnames", -5, "different");
    private static readonly ScorePart BirthCountrySame = new("Birth country", 0.5, "same");
    private static readonly ScorePart BirthCountryDifferent = new("Birth country", -1.5, "different");
    private static readonly ScorePart BirthStateSame = new("Birth State", 0.5, "same");
    private static readonly ScorePart BirthStateDifferent = new("Birth State", -1, "different");
    private static readonly ScorePart BirthCitySameOrSimilar = new("Birth city", 1, "same or similar");
    private static readonly ScorePart BirthCityDifferent = new("Birth city", -0.5, "different");
    private static readonly ScorePart ParentsBothAgree = new("Parents", 2.5, "both parents' first names agree");
    private static readonly ScorePart ParentsOneAgrees = new("Parents", 1.5, "one parent's first name agrees");
    private static readonly ScorePart ParentsDiffer = new("Parents", -2, "parents' first names differ");

    public static MatchScore Compare(MatchProfile incoming, MatchProfile candidate, Nicknames nicknames)
    {
        var parts = new List<ScorePart>(8);
        var firstSimilarity = FirstNameSimilarity(incoming, candidate, nicknames, out var nickname);
        parts.Add(FirstName(firstSimilarity, nickname));
        parts.Add(Surnames(incoming, candidate));
        parts.Add(BirthDates.Compare(incoming.BirthDate, candidate.BirthDate));
        if (incoming.Sex.Length > 0 && candidate.Sex.Length > 0)
        {
            parts.Add(incoming.Sex == candidate.Sex ? SexSame : SexDifferent);
        }
        AddBirthPlace(incoming, candidate, parts);
        AddParents(incoming, candidate, nicknames, parts);
        var twinRisk = (incoming.MultipleBirth || candidate.MultipleBirth) && firstSimilarity < 0.95;
        if (twinRisk)
        {
            parts.Add(TwinSibling);
        }
        return MatchScore.Of(parts, neverAutomatic: twinRisk || ((incoming.MultipleBirth || candidate.MultipleBirth) && firstSimilarity < 1));
    }

    private static double FirstNameSimilarity(MatchProfile a, MatchProfile b, Nicknames nicknames, out bool nickname)
    {
        nickname = nicknames.AreEquivalent(a.FirstWord, b.FirstWord);
        var best = JaroWinkler.Similarity(a.FirstJoined, b.FirstJoined);
        // The other comparisons only when they compare other strings (most names are one word, no middle
        // name) and could still raise the best: the result is the same, at a fraction of the cost.
        if (best < 1 && (a.FirstWord != a.FirstJoined || b.FirstWord != b.FirstJoined))
        {
            best = Math.Max(best, JaroWinkler.Similarity(a.FirstWord, b.FirstWord));
        }
        // "José Luis" in the first name against first "José", middle "Luis".
        if (best < 1 && b.MiddleJoined.Length > 0)
        {
            best = Math.Max(best, JaroWinkler.Similarity(a.FirstJoined, b.FirstWithMiddle));
        }
        if (best < 1 && a.MiddleJoined.Length > 0)
        {
            best = Math.Max(best, JaroWinkler.Similarity(a.FirstWithMiddle, b.FirstJoined));
        }
        if (a.FirstSound == b.FirstSound)
        {
            best = Math.Max(best, 0.93);
        }
        return nickname ? Math.Max(best, 0.95) : best;
    }

    private static ScorePart FirstName(double similarity, bool nickname) => similarity switch
    {
        >= 0.999 => FirstNameSame,
        _ when nickname => FirstNameNickname,
        >= 0.93 => FirstNameClose,
        >= 0.85 => FirstNameSimilar,
        _ => FirstNameDifferent,
    };

    private static ScorePart Surnames(MatchProfile a, MatchProfile b)
    {
        var joined = JaroWinkler.Similarity(a.SurnamesJoined, b.SurnamesJoined);
        if (joined < 1 && b.SurnamesReversed != b.SurnamesJoined)
        {
            joined = Math.Max(joined, JaroWinkler.Similarity(a.SurnamesJoined, b.SurnamesReversed));
        }
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
            return SurnamesSame;
        }
        if (joined >= 0.93 || matchedWords >= 2)
        {
            return SurnamesClose;
        }
        return bestWord switch
        {
            >= 0.999 => SurnamesOneSame,
            >= 0.93 => SurnamesOneSimilar,
            >= 0.85 => SurnamesSimilar,
            _ => SurnamesDifferent,
        };
    }

    private static void AddBirthPlace(MatchProfile a, MatchProfile b, List<ScorePart> parts)
    {
        if (a.BirthCountry is not null && b.BirthCountry is not null)
        {
            parts.Add(a.BirthCountry == b.BirthCountry ? BirthCountrySame : BirthCountryDifferent);
        }
        if (a.BirthState is not null && b.BirthState is not null)
        {
            parts.Add(a.BirthState == b.BirthState ? BirthStateSame : BirthStateDifferent);
        }
        if (a.BirthCity.Length > 0 && b.BirthCity.Length > 0)
        {
            parts.Add(JaroWinkler.Similarity(a.BirthCity, b.BirthCity) >= 0.9
                ? BirthCitySameOrSimilar : BirthCityDifferent);
        }
    }

    private static void AddParents(MatchProfile a, MatchProfile b, Nicknames nicknames, List<ScorePart> parts)
    {
        if (a.ParentFirstNames.Length == 0 || b.ParentFirstNames.Length == 0)
        {
            return;
        }
        var agreeing = 0;
        foreach (var x in a.ParentFirstNames)
        {
            foreach (var y in b.ParentFirstNames)
            {
                if (JaroWinkler.Similarity(x, y) >= 0.9 || nicknames.AreEquivalent(x, y))
                {
                    agreeing++;
                    break;
                }
            }
        }
        parts.Add(agreeing switch
        {
            >= 2 => ParentsBothAgree,
            1 => ParentsOneAgrees,
            _ => ParentsDiffer,
        });
    }
}
