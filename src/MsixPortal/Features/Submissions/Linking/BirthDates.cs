using System.Globalization;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>How two birth dates agree: exactly, with day and month swapped, or by one slipped digit.</summary>
internal static class BirthDates
{
    // The parts are constants, shared: linking compares millions of pairs per submission.
    private static readonly ScorePart Same = new("Birth date", 5, "same");
    private static readonly ScorePart Swapped = new("Birth date", 3.5, "day and month swapped");
    private static readonly ScorePart OneDigit = new("Birth date", 3, "one digit different");
    private static readonly ScorePart NeighboursSwapped = new("Birth date", 2.5, "two neighbouring digits swapped");
    private static readonly ScorePart Different = new("Birth date", -8, "different");

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
        return Different;
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
