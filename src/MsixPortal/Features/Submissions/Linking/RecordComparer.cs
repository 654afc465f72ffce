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
    private static readonly ScorePart FirstNameSwapped = new("First name", 3, "same, written as a surname (first name and surname swapped)");
    private static readonly ScorePart FirstNameSwappedClose = new("First name", 2, "similar, written as a surname (first name and surname swapped)");
    private static readonly ScorePart FirstNameOtherGiven = new("First name", 2, "another of the child's given names");
    private static readonly ScorePart FirstNameReplaced = new("First name", -2, "different, with the same surnames and birth date");
    private static readonly ScorePart SurnamesSame = new("Surnames", 5, "same (in any order)");
    private static readonly ScorePart SurnamesClose = new("Surnames", 4, "same surnames, spelled a little differently or in another order");
    private static readonly ScorePart SurnamesOneSame = new("Surnames", 3.5, "one surname the same, the other missing or different");
    private static readonly ScorePart SurnamesOneSimilar = new("Surnames", 2.5, "one surname similar");
    private static readonly ScorePart SurnamesSimilar = new("Surnames", 0.5, "similar");
    private static readonly ScorePart SurnamesDifferent = new("Surnames", -5, "different");
    private static readonly ScorePart SurnamesSwapped = new("Surnames", 3.5, "same, written as the first name (first name and surname swapped)");
    private static readonly ScorePart SurnamesSwappedClose = new("Surnames", 2.5, "similar, written as the first name (first name and surname swapped)");
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
        var first = FirstName(firstSimilarity, nickname);
        var surnames = Surnames(incoming, candidate);
        var birthDate = BirthDates.Compare(incoming.BirthDate, candidate.BirthDate);
        var multipleBirth = incoming.MultipleBirth || candidate.MultipleBirth;
        // How alike the given names are, for the twin rule: also when written in the surname field.
        var givenSimilarity = firstSimilarity;
        var neverAutomatic = BirthDates.IsWeak(birthDate);
        if (firstSimilarity < 0.85)
        {
            var (surnameAsFirst, firstAsSurname) = NameOrder.Swapped(incoming, candidate);
            if (surnameAsFirst > 0)
            {
                givenSimilarity = surnameAsFirst;
                first = surnameAsFirst >= 0.999 ? FirstNameSwapped : FirstNameSwappedClose;
                surnames = firstAsSurname >= 0.999 ? SurnamesSwapped : SurnamesSwappedClose;
            }
            // A twin has a sibling's surname and birth date and often a shared given name (María José, María
            // Fernanda): these two relaxations are for children not known to be a multiple birth, and a person decides.
            else if (!multipleBirth && NameOrder.ShareAGivenName(incoming, candidate))
            {
                first = FirstNameOtherGiven;
                neverAutomatic = true;
            }
            else if (!multipleBirth && ReferenceEquals(surnames, SurnamesSame) && BirthDates.IsSame(birthDate))
            {
                first = FirstNameReplaced;
                neverAutomatic = true;
            }
        }
        parts.Add(first);
        parts.Add(surnames);
        parts.Add(birthDate);
        if (incoming.Sex.Length > 0 && candidate.Sex.Length > 0)
        {
            parts.Add(incoming.Sex == candidate.Sex ? SexSame : SexDifferent);
        }
        AddBirthPlace(incoming, candidate, parts);
        AddParents(incoming, candidate, nicknames, parts);
        // Twins often share a first name (María José, María Fernanda): for a multiple birth, other given
        // names that both records have and that differ tell the children apart too.
        if (multipleBirth && NameOrder.OtherGivenNamesDiffer(incoming, candidate))
        {
            givenSimilarity = Math.Min(givenSimilarity, 0.9);
        }
        var twinRisk = multipleBirth && givenSimilarity < 0.95;
        if (twinRisk)
        {
            parts.Add(TwinSibling);
        }
        return MatchScore.Of(parts, neverAutomatic: neverAutomatic || twinRisk || (multipleBirth && givenSimilarity < 1));
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
        // "de la Cruz" against "Delacruz": the particles dropped from one are part of the other's one word.
        if (joined < 1 && (a.SurnamesWithParticles != a.SurnamesJoined || b.SurnamesWithParticles != b.SurnamesJoined))
        {
            joined = Math.Max(joined, JaroWinkler.Similarity(a.SurnamesWithParticles, b.SurnamesWithParticles));
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
