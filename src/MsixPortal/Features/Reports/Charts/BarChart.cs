namespace MsixPortal.Features.Reports.Charts;

/// <summary>
/// A horizontal bar chart as data: one row of bars per category (a State, a month, a kind of work),
/// one bar (or one stacked segment) per series. <see cref="SvgBarChart"/> draws it.
/// </summary>
/// <param name="Title">The chart's accessible name (SVG title).</param>
/// <param name="Description">What the chart shows, read by screen readers (SVG desc).</param>
/// <param name="Categories">Row labels, top to bottom.</param>
/// <param name="Series">The bars of each row; each has one value per category.</param>
/// <param name="Scale">Counts or percentages (0–100).</param>
/// <param name="Stacked">Segments of one bar (parts of a whole) rather than bars side by side.</param>
public sealed record BarChart(
    string Title,
    string Description,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    ChartScale Scale,
    bool Stacked);

/// <param name="Name">The legend's text.</param>
/// <param name="Values">One per category: a count or a percentage; a suppressed or empty cell is null.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);

public enum ChartScale
{
    Count,
    Percent,
}
