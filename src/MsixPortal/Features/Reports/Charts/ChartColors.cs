namespace MsixPortal.Features.Reports.Charts;

/// <summary>
/// U.S. Web Design System colours for chart series, in order; each has at least 3:1 contrast
/// against white (WCAG 1.4.11) and neighbours differ in lightness as well as hue.
/// </summary>
public static class ChartColors
{
    private static readonly string[] Series =
    [
        "#005ea2", // primary (blue-60v)
        "#c05600", // accent-warm-dark (orange-60v)
        "#008817", // success-dark (green-cool-50v)
        "#1a4480", // primary-darker (blue-warm-70v)
        "#71767a", // base (gray-50)
        "#8b0a03", // secondary-darker (red-70v)
    ];

    public const string Text = "#1b1b1b";

    public const string Grid = "#dfe1e2";

    public static string Of(int seriesIndex) => Series[seriesIndex % Series.Length];
}
