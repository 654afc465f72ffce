using System.Globalization;
using System.Xml.Linq;

namespace MsixPortal.Features.Reports.Charts;

/// <summary>
/// Draws a <see cref="BarChart"/> as inline SVG on the server: no script, no inline style (the
/// Content-Security-Policy allows neither), a fixed coordinate system that scales to the page's
/// width, and <c>role="img"</c> named by its title and described by its desc. The table printed
/// under it carries the same figures for screen readers and small screens.
/// </summary>
public static class SvgBarChart
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const double Width = 720, LabelWidth = 170, ValueWidth = 70, LegendRow = 22, AxisHeight = 26;
    private const double PlotWidth = Width - LabelWidth - ValueWidth;
    private const int LegendColumns = 3;
    private const int LabelCharacters = 26;
    private const int AxisSteps = 5;
    private static readonly int[] NiceMultiples = [1, 2, 5, 10];

    public static SvgMarkup Render(BarChart chart, string id)
    {
        var legendHeight = LegendRow * Math.Ceiling(chart.Series.Count / (double)LegendColumns) + 8;
        var rowHeight = chart.Stacked || chart.Series.Count == 1 ? 28 : (chart.Series.Count * 12) + 14;
        var plotTop = legendHeight + 4;
        var height = plotTop + (Math.Max(chart.Categories.Count, 1) * rowHeight) + AxisHeight;
        var max = Maximum(chart);
        var root = new XElement(Svg + "svg",
            new XAttribute("viewBox", Text($"0 0 {Width} {height}")), new XAttribute("role", "img"),
            new XAttribute("class", "portal-chart"), new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("focusable", "false"),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), chart.Title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), chart.Description));
        root.Add(Legend(chart));
        root.Add(Axis(chart.Scale, max, plotTop, plotTop + (chart.Categories.Count * rowHeight)));
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            root.Add(Row(chart, c, max, plotTop + (c * rowHeight), rowHeight));
        }
        if (chart.Categories.Count == 0)
        {
            root.Add(Label(LabelWidth + 8, plotTop + 18, "No data for these filters", "start"));
        }
        return new SvgMarkup(root.ToString(SaveOptions.DisableFormatting));
    }

    private static IEnumerable<XElement> Legend(BarChart chart)
    {
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var x = 8 + (s % LegendColumns * (Width / LegendColumns));
            var y = 6 + (s / LegendColumns * LegendRow);
            yield return Rect(x, y, 14, 14, ChartColors.Of(s));
            yield return Label(x + 20, y + 12, Shorten(chart.Series[s].Name, 30), "start");
        }
    }

    private static IEnumerable<XElement> Axis(ChartScale scale, double max, double top, double bottom)
    {
        for (var tick = 0; tick <= AxisSteps; tick++)
        {
            var value = max * tick / AxisSteps;
            var x = LabelWidth + (PlotWidth * tick / AxisSteps);
            yield return new XElement(Svg + "line", Attr("x1", x), Attr("x2", x), Attr("y1", top), Attr("y2", bottom),
                new XAttribute("stroke", ChartColors.Grid));
            yield return Label(x, bottom + 16, Format(value, scale), "middle");
        }
    }

    private static IEnumerable<XElement> Row(BarChart chart, int category, double max, double top, double rowHeight)
    {
        yield return Label(LabelWidth - 8, top + (rowHeight / 2) + 4, Shorten(chart.Categories[category], LabelCharacters), "end");
        if (chart.Stacked)
        {
            var x = LabelWidth;
            var total = 0.0;
            var hidden = false;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var value = chart.Series[s].Values[category];
                hidden |= value is null;
                if (value is not > 0)
                {
                    continue;
                }
                var w = PlotWidth * value.Value / max;
                yield return Rect(x, top + 5, w, rowHeight - 10, ChartColors.Of(s));
                x += w;
                total += value.Value;
            }
            yield return Label(x + 6, top + (rowHeight / 2) + 4, Format(total, chart.Scale) + (hidden ? "+" : ""), "start");
            yield break;
        }
        var barHeight = chart.Series.Count == 1 ? rowHeight - 10 : 10;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var y = top + 5 + (s * 12);
            var value = chart.Series[s].Values[category];
            var w = value is > 0 ? PlotWidth * value.Value / max : 0;
            if (w > 0)
            {
                yield return Rect(LabelWidth, y, w, barHeight, ChartColors.Of(s));
            }
            yield return Label(LabelWidth + w + 4, y + barHeight - 1, value is { } v ? Format(v, chart.Scale) : "n/a", "start", small: true);
        }
    }

    /// <summary>The axis maximum: 100 for percentages, otherwise a round number above the longest bar.</summary>
    private static double Maximum(BarChart chart)
    {
        if (chart.Scale == ChartScale.Percent)
        {
            return 100;
        }
        var longest = Enumerable.Range(0, chart.Categories.Count)
            .Select(c => chart.Stacked
                ? chart.Series.Sum(s => s.Values[c] ?? 0)
                : chart.Series.Max(s => s.Values[c] ?? 0))
            .DefaultIfEmpty(0).Max();
        // The smallest of 1, 2 or 5 times a power of ten that holds the longest bar (at least 5, so the five steps stay whole).
        var power = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(longest, AxisSteps))));
        return NiceMultiples.Select(m => m * power).First(candidate => candidate >= Math.Max(longest, AxisSteps));
    }

    private static XElement Rect(double x, double y, double w, double h, string fill) =>
        new(Svg + "rect", Attr("x", x), Attr("y", y), Attr("width", w), Attr("height", h), new XAttribute("fill", fill));

    private static XElement Label(double x, double y, string text, string anchor, bool small = false) =>
        new(Svg + "text", Attr("x", x), Attr("y", y), new XAttribute("text-anchor", anchor),
            new XAttribute("font-size", small ? "11" : "12"), new XAttribute("fill", ChartColors.Text), text);

    private static XAttribute Attr(string name, double value) => new(name, Math.Round(value, 1).ToString(CultureInfo.InvariantCulture));

    private static string Format(double value, ChartScale scale) => scale == ChartScale.Percent
        ? value.ToString("0.#", CultureInfo.InvariantCulture) + "%"
        : value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
