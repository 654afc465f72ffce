using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using MsixPortal.Authorization;
using MsixPortal.Data.CodeSets;
using MsixPortal.Features.Deadlines;
using MsixPortal.Features.Reports.Charts;
using MsixPortal.Features.Worklists;

namespace MsixPortal.Features.Reports;

/// <summary>
/// Finds a report, scopes it to the user (national administrators: every State or the one they
/// choose; everyone else: their own State, whatever the query string says) and runs it.
/// </summary>
public sealed class ReportService(IEnumerable<IReport> reports, IAuthorizationService authorization, TimeProvider clock)
{
    private readonly IReport[] _reports = [.. reports];

    public IReadOnlyList<IReport> All => _reports;

    public IReport? Find(string slug) => _reports.FirstOrDefault(r => r.Slug == slug);

    /// <summary>The query the user may run with these filters; null when a State user has no State.</summary>
    public async Task<ReportQuery?> ScopeAsync(ClaimsPrincipal user, ReportFilterInputModel filter)
    {
        var national = await IsNationalAsync(user);
        var state = national ? filter.State : user.StateCode();
        if (!national && state is null)
        {
            return null;
        }
        var today = WorkingDays.Today(clock);
        var to = filter.To ?? today;
        var from = filter.From ?? new DateOnly(to.Year, to.Month, 1).AddMonths(-11);
        return new ReportQuery(state, filter.Period ?? ReportQuery.PeriodOf(today), from, to, today);
    }

    public async Task<ReportPageViewModel> PageAsync(IReport report, ClaimsPrincipal user, ReportFilterInputModel filter,
        ReportQuery query, bool valid, CancellationToken cancellationToken)
    {
        var result = valid ? await report.RunAsync(query, cancellationToken) : null;
        var chart = result is null ? SvgMarkup.Empty : SvgBarChart.Render(result.Chart, "chart-" + report.Slug);
        return new ReportPageViewModel(report, filter, query, await IsNationalAsync(user), result, chart, States);
    }

    /// <summary>The States and outlying areas a national user may pick, by postal code.</summary>
    public static IReadOnlyList<StateOption> States { get; } =
        [.. UsStateCodeSet.Definition.Values.Select(v => new StateOption(v.Code, v.Label))];

    private async Task<bool> IsNationalAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, Policies.ViewNationalReports)).Succeeded;
}

/// <summary>A report page: the filters as typed, the query as scoped, and what the report computed (null when the filters are invalid).</summary>
public sealed record ReportPageViewModel(
    IReport Report,
    ReportFilterInputModel Filter,
    ReportQuery Query,
    bool IsNational,
    ReportResult? Result,
    Charts.SvgMarkup ChartSvg,
    IReadOnlyList<StateOption> States)
{
    public string ScopeText => Query.StateCode is { } code
        ? (States.FirstOrDefault(s => s.Code == code)?.Label ?? code) + " (" + code + ")"
        : "All States";
}

/// <summary>A State or outlying area by postal code, for the State filter.</summary>
public sealed record StateOption(string Code, string Label);
