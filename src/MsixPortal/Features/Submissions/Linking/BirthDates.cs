using System.Globalization;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>
/// How two birth dates agree: exactly, with day and month swapped, by one slipped digit, or only partly
/// (two or three digits wrong, or one part of the date wrong: <see cref="IsWeak"/>).
/// </summary>
internal static class BirthDates
{
    // The parts are constants, shared: linking compares millions of pairs per submission.
    private static readonly ScorePart Same = new("Birth date", 5, "same");
    private static readonly ScorePart Swapped = new("Birth date", 3.5, "day and month swapped");
    private static readonly ScorePart OneDigit = new("Birth date", 3, "one digit different");
    private static readonly ScorePart NeighboursSwapped = new("Birth date", 2.5, "two neighbouring digits swapped");
    private static readonly ScorePart TwoDigits = new("Birth date", -1, "two digits different");
    private static readonly ScorePart OnePartDifferent = new("Birth date", -1, "day, month or year different, the rest the same");
    private static readonly ScorePart ThreeDigits = new("Birth date", -3, "three digits different");
    private static readonly ScorePart Different = new("Birth date", -8, "different");

    /// <summary>
    /// A date that agrees only partly (several digits wrong): enough, with names that agree, for a person
    /// to look at the pair, never to join it alone (a namesake born the same year is as likely).
    /// </summary>
    public static bool IsSame(ScorePart part) => ReferenceEquals(part, Same);

    public static bool IsWeak(ScorePart part) =>
        ReferenceEquals(part, TwoDigits) || ReferenceEquals(part, OnePartDifferent) || ReferenceEquals(part, ThreeDigits);

    public static ScorePart Compare(DateOnly a, DateOnly b)
    {
        if (a == b)
        {
            return Same;
        }
        if (a.Year == b.Year && a.Month == b.Day && a.Day == b.Month)
        {
            return Swapped;
        }
        Span<char> x = stackalloc char[8];
        Span<char> y = stackalloc char[8];
        a.TryFormat(x, out _, "yyyyMMdd", CultureInfo.InvariantCulture);
        b.TryFormat(y, out _, "yyyyMMdd", CultureInfo.InvariantCulture);
        var differing = 0;
        for (var i = 0; i < x.Length; i++)
        {
            differing += x[i] != y[i] ? 1 : 0;
        }
        if (differing == 1)
        {
            return OneDigit;
        }
        if (differing == 2 && IsAdjacentTransposition(x, y))
        {
            return NeighboursSwapped;
        }
        if (differing == 2)
        {
            return TwoDigits;
        }
        var partsSame = (a.Year == b.Year ? 1 : 0) + (a.Month == b.Month ? 1 : 0) + (a.Day == b.Day ? 1 : 0);
        if (partsSame == 2)
        {
            return OnePartDifferent;
        }
        return differing == 3 ? ThreeDigits : Different;
    }

    private static bool IsAdjacentTransposition(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        for (var i = 0; i < x.Length - 1; i++)
        {
            if (x[i] != y[i])
            {
                return x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)..].SequenceEqual(y[(i + 2)..]);
            }
        }
        return false;
    }
}
