using MsixPortal.Features.Matching;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>
/// Names written in another order than the candidate's, checked only when the first names disagree:
/// first name and surname swapped (a clerk reading "Shepherd Jessica" the wrong way round), or another of
/// the child's given names used as the first (María Guadalupe who goes by Guadalupe). Surnames in the other
/// order and names split or joined are compared by <see cref="RecordComparer"/> itself.
/// </summary>
internal static class NameOrder
{
    private const double Agrees = 0.93;

    /// <summary>
    /// How well each record's first name agrees with the other's surnames (0 when not both):
    /// <c>SurnameAsFirst</c> compares the given names, <c>FirstAsSurname</c> the surnames.
    /// </summary>
    public static (double SurnameAsFirst, double FirstAsSurname) Swapped(MatchProfile a, MatchProfile b)
    {
        var firstAsSurname = AsSurname(a.FirstJoined, b);
        if (firstAsSurname < Agrees)
        {
            return (0, 0);
        }
        var surnameAsFirst = AsSurname(b.FirstJoined, a);
        return surnameAsFirst < Agrees ? (0, 0) : (surnameAsFirst, firstAsSurname);
    }

    /// <summary>True when a given name of one (first or middle, any word) is a given name of the other.</summary>
    public static bool ShareAGivenName(MatchProfile a, MatchProfile b)
    {
        foreach (var x in a.GivenNames)
        {
            foreach (var y in b.GivenNames)
            {
                // Initials and two-letter words ("Ma.") say too little to go by.
                if (x.Length >= 3 && y.Length >= 3 && JaroWinkler.Similarity(x, y) >= Agrees)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>True when both records have given names after the first word and all of them together differ.</summary>
    public static bool OtherGivenNamesDiffer(MatchProfile a, MatchProfile b) =>
        a.FirstWithMiddle.Length > a.FirstWord.Length && b.FirstWithMiddle.Length > b.FirstWord.Length
        && JaroWinkler.Similarity(a.FirstWithMiddle, b.FirstWithMiddle) < Agrees;

    private static double AsSurname(string first, MatchProfile other)
    {
        if (first.Length == 0 || other.Surnames.Length == 0)
        {
            return 0;
        }
        var best = JaroWinkler.Similarity(first, other.SurnamesJoined);
        foreach (var surname in other.Surnames)
        {
            best = Math.Max(best, JaroWinkler.Similarity(first, surname));
        }
        return best;
    }
}
