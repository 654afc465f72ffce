using System.Globalization;

namespace MsixPortal.Bench;

/// <summary>
/// The reports (issue 19): each report page from 16 concurrent clients, at national scope (a national
/// administrator, all States) and at State scope (a data administrator), then each report's CSV and
/// Excel export at national scope. Prints a table and a partial JSON object the script completes.
/// </summary>
public static class ReportsScenario
{
    private static readonly string[] Slugs = ["child-count", "data-quality", "timeliness", "workload", "accounts", "moves"];
    private static readonly string[] Formats = ["csv", "xlsx"];

    public static async Task<int> RunAsync(BenchArguments args)
    {
        var baseUrl = new Uri(args.Required("base-url"));
        using var national = await PortalSession.SignInAsync(baseUrl, args.Required("email"), args.Required("password"), args.Required("totp-key"));
        using var state = await PortalSession.SignInAsync(baseUrl, args.Required("state-email"), args.Required("state-password"), args.Required("state-totp-key"));
        var clients = args.Number("clients", 16);
        var seconds = TimeSpan.FromSeconds(args.Number("seconds", 8));
        var warm = TimeSpan.FromSeconds(args.Number("warm-seconds", 3));
        var figures = new List<(string Name, LatencySummary Summary)>();
        foreach (var (scope, session) in new[] { ("national", national), ("state", state) })
        {
            foreach (var slug in Slugs)
            {
                Task<HttpResponseMessage> Page() => session.Client.GetAsync(new Uri($"/reports/{slug}", UriKind.Relative));
                Console.WriteLine($"== {slug}, {scope} scope, {clients} clients");
                await LoadRunner.ConcurrentAsync(Page, clients, warm);
                figures.Add(($"{scope} {slug}", (await LoadRunner.ConcurrentAsync(Page, clients, seconds)).Latency));
            }
        }
        var exports = args.Number("exports", 20);
        foreach (var slug in Slugs)
        {
            foreach (var format in Formats)
            {
                Task<HttpResponseMessage> Export() => national.Client.GetAsync(new Uri($"/reports/{slug}/export.{format}", UriKind.Relative));
                await LoadRunner.SequentialAsync(Export, 3);
                figures.Add(($"export {slug}.{format}", await LoadRunner.SequentialAsync(Export, exports)));
            }
        }
        Report(figures);
        return figures.Any(f => f.Summary.Failures > 0) ? 1 : 0;
    }

    private static void Report(List<(string Name, LatencySummary Summary)> figures)
    {
        Console.WriteLine();
        Console.WriteLine($"{"measurement",-32} {"n",6} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"failed",6}");
        foreach (var (name, s) in figures)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-32} {s.Count,6} {s.P50,8:0.0} {s.P95,8:0.0} {s.Max,8:0.0} {s.Failures,6}"));
        }
        double Worst(string prefix) => figures.Where(f => f.Name.StartsWith(prefix, StringComparison.Ordinal)).Max(f => f.Summary.P95);
        // The worst report of each kind: every page and export must meet its target.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"REPORTS \"reports_state_p95_ms\":{Worst("state "):0.0},\"reports_national_p95_ms\":{Worst("national "):0.0},\"report_export_p95_ms\":{Worst("export "):0.0}"));
    }
}
