namespace MsixPortal.Features.Submissions.Linking;

/// <summary>How two birth dates agree: exactly, with day and month swapped, or by one slipped digit.</summary>
internal static class BirthDates
{
    public static ScorePart Compare(DateOnly a, DateOnly b)
    {
        if (a == b)
        {
            return new("Birth date", 5, "same");
        }
        if (a.Year == b.Year && a.Month == b.Day && a.Day == b.Month)
        {
            return new("Birth date", 3.5, "day and month swapped");
        }
        var x = a.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var y = b.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var differing = x.Zip(y).Count(pair => pair.First != pair.Second);
        if (differing == 1)
        {
            return new("Birth date", 3, "one digit different");
        }
        if (differing == 2 && IsAdjacentTransposition(x, y))
        {
            return new("Birth date", 2.5, "two neighbouring digits swapped");
        }
        return new("Birth date", -8, "different");
    }

    private static bool IsAdjacentTransposition(string x, string y)
    {
        for (var i = 0; i < x.Length - 1; i++)
        {
            if (x[i] != y[i])
            {
                return x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)..] == y[(i + 2)..];
            }
        }
        return false;
    }
}
