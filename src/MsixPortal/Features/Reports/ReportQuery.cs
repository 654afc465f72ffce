using System.Globalization;

namespace MsixPortal.Features.Reports;

/// <summary>
/// What a report computes, after scoping: one State (<see cref="StateCode"/>) or every State (null,
/// national users only), the reporting period and the date range, filled with defaults.
/// </summary>
/// <param name="StateCode">The State whose rows are shown; null for all States.</param>
/// <param name="PeriodYear">The reporting period: 1 September of this year to 31 August of the next.</param>
/// <param name="From">First day of the date range.</param>
/// <param name="To">Last day of the date range.</param>
/// <param name="Today">Today (UTC) by the portal's clock.</param>
public sealed record ReportQuery(string? StateCode, int PeriodYear, DateOnly From, DateOnly To, DateOnly Today)
{
    public DateOnly PeriodStart => new(PeriodYear, 9, 1);

    public DateOnly PeriodEnd => new(PeriodYear + 1, 8, 31);

    public string PeriodLabel => PeriodLabelOf(PeriodYear);

    /// <summary>"2025–26" for the period starting 1 September 2025.</summary>
    public static string PeriodLabelOf(int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}–{(year + 1) % 100:00}");

    /// <summary>The reporting period (1 September – 31 August) that contains <paramref name="date"/>.</summary>
    public static int PeriodOf(DateOnly date) => date.Month >= 9 ? date.Year : date.Year - 1;
}
