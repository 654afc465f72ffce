using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Recertification;
using MsixPortal.Features.Deadlines;
using MsixPortal.Features.Records.Export;
using MsixPortal.Features.Reports.Charts;

namespace MsixPortal.Features.Reports.Accounts;

/// <summary>
/// Accounts per State: active, disabled for inactivity, cybersecurity training or Rules of Behavior
/// renewal due within 30 days (or overdue), applications waiting and how long the oldest has waited in
/// working days. Read live: accounts are thousands, not millions.
/// </summary>
public sealed class AccountsReport(PortalDbContext db, TimeProvider clock) : IReport
{
    private const int RenewalWarningDays = 30;

    public string Slug => "accounts";

    public string Title => "Accounts";

    public string Summary => "Active accounts, accounts disabled for inactivity, training or Rules of Behavior renewals due, and applications waiting, per State.";

    public ReportFilters Filters => ReportFilters.None;

    public async Task<ReportResult> RunAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var renewBefore = now.AddDays(RenewalWarningDays) - RecertificationPolicy.Validity;
        var trainingBefore = DateOnly.FromDateTime(renewBefore);
        var state = query.StateCode;
        var rulesId = await db.RulesOfBehaviorVersions.Where(r => r.PublishedAt <= now)
            .OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.StateCode != null && (state == null || u.StateCode == state))
            .GroupBy(u => u.StateCode!)
            .Select(g => new
            {
                State = g.Key,
                Active = g.Count(u => u.Status == AccountStatus.Active),
                Inactive = g.Count(u => u.Status == AccountStatus.Disabled && u.DisabledReason == AccountDisabledReason.Inactivity),
                Training = g.Count(u => u.Status == AccountStatus.Active && (u.TrainingCompletedOn == null || u.TrainingCompletedOn <= trainingBefore)),
                Rules = g.Count(u => u.Status == AccountStatus.Active && (u.RulesOfBehaviorVersionId != rulesId
                    || u.RulesOfBehaviorAcceptedAt == null || u.RulesOfBehaviorAcceptedAt <= renewBefore)),
            }).ToListAsync(cancellationToken);
        var applications = await db.AccountApplications.AsNoTracking()
            .Where(a => a.Status == AccountApplicationStatus.Pending && (state == null || a.StateCode == state))
            .GroupBy(a => a.StateCode).Select(g => new { State = g.Key, Waiting = g.Count(), Oldest = g.Min(a => a.CreatedAt) })
            .ToListAsync(cancellationToken);
        var today = WorkingDays.Today(clock);
        var states = accounts.Select(a => a.State).Union(applications.Select(a => a.State)).Order(StringComparer.Ordinal).ToList();
        var rows = states.Select(s =>
        {
            var a = accounts.FirstOrDefault(x => x.State == s);
            var w = applications.FirstOrDefault(x => x.State == s);
            int? oldest = w is null ? null : WorkingDays.Between(DateOnly.FromDateTime(w.Oldest), today);
            return new object?[] { s, a?.Active ?? 0, a?.Inactive ?? 0, a?.Training ?? 0, a?.Rules ?? 0, w?.Waiting ?? 0, oldest };
        }).ToList();
        var table = new ExportTable("Accounts by State", "accounts",
        [
            new("State", ExportCellKind.Text), new("Active", ExportCellKind.WholeNumber), new("Disabled for inactivity", ExportCellKind.WholeNumber),
            new("Training renewal due", ExportCellKind.WholeNumber), new("Rules of Behavior renewal due", ExportCellKind.WholeNumber),
            new("Applications waiting", ExportCellKind.WholeNumber), new("Oldest waiting (working days)", ExportCellKind.WholeNumber),
        ], rows);
        return new ReportResult(Chart(rows), table,
        [
            $"Renewal due: training or Rules of Behavior acceptance older than a year, or expiring within {RenewalWarningDays} days, or a newer Rules of Behavior text not yet accepted (active accounts).",
            "National administrators have no State and are not counted here.",
            "These are counts of staff accounts, not of children, so they are shown in full.",
        ]);
    }

    private static BarChart Chart(List<object?[]> rows)
    {
        string[] names = ["Active", "Disabled for inactivity", "Renewal due", "Applications waiting"];
        var series = names.Select((name, i) => new ChartSeries(name, [.. rows.Select(r => (double?)Value(r, i))])).ToList();
        return new BarChart("Accounts by State", "For each State, bars for active accounts, accounts disabled for inactivity, renewals due (training or Rules of Behavior, whichever is more) and applications waiting.",
            [.. rows.Select(r => (string)r[0]!)], series, ChartScale.Count, Stacked: false);
    }

    private static int Value(object?[] row, int series) => series switch
    {
        0 => (int)row[1]!,
        1 => (int)row[2]!,
        2 => Math.Max((int)row[3]!, (int)row[4]!),
        _ => (int)row[5]!,
    };
}
