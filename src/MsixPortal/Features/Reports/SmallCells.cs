namespace MsixPortal.Features.Reports;

/// <summary>
/// FERPA disclosure avoidance (minimum cell size): a count of 1 to 4 children is never shown, in the
/// page, the chart or an export; it reads "&lt;5", and a share computed from fewer than 5 children
/// is not shown either. Zero is shown: it discloses nothing about a child.
/// </summary>
public static class SmallCells
{
    public const int Minimum = 5;

    public const string Suppressed = "<5";

    public static bool IsSuppressed(long count) => count is > 0 and < Minimum;

    /// <summary>The cell of a count of children: the number, or "&lt;5".</summary>
    public static object Count(long count) => IsSuppressed(count) ? Suppressed : (int)count;

    /// <summary>The chart value of a count of children: the number, or null (not drawn) when suppressed.</summary>
    public static double? ChartCount(long count) => IsSuppressed(count) ? null : count;

    /// <summary>A percentage of <paramref name="of"/> children, one decimal; null when there are fewer than 5 (or none).</summary>
    public static decimal? Share(long part, long of) =>
        of < Minimum ? null : Math.Round(100m * part / of, 1, MidpointRounding.AwayFromZero);

    /// <summary>The cell of a share: the percentage, or "&lt;5" when fewer than 5 children stand behind it, or empty when none.</summary>
    public static object? ShareCell(long part, long of) => of == 0 ? null : (object?)Share(part, of) ?? Suppressed;
}
