using System.Diagnostics;
using System.Globalization;
using MsixPortal.Data;
using MsixPortal.Features.Search;

namespace MsixPortal.Bench;

/// <summary>
/// Student search (issue 4) on a seeded query mix of children picked from the database: database time
/// (the portal's own matcher and result details, as the results page runs them) and full page time
/// (POST the form, follow the redirect to the rendered results) p50/p95/p99 for name + birth date
/// and for name only; then requests/s from 16 signed-in clients for a 50/50 mix and for birth-date
/// anchored searches, with the error count. Ends with one JSON line.
/// </summary>
public static class SearchScenario
{
    public static async Task<int> RunAsync(BenchArguments args)
    {
        var connectionString = args.Required("connection");
        var queries = args.Number("queries", 400);
        var seconds = TimeSpan.FromSeconds(args.Number("seconds", 20));
        var clients = args.Number("clients", 16);
        var children = await BenchChild.PickAsync(connectionString, queries, seed: 42);
        var nameDob = children.Select(c => c.NameAndBirthDate()).ToList();
        var nameOnly = children.Select(c => c.NameOnly()).ToList();
        using var session = await PortalSession.SignInAsync(new Uri(args.Required("base-url")),
            args.Required("email"), args.Required("password"), args.Required("totp-key"));
        var token = await session.FormTokenAsync("/search");

        Console.WriteLine($"== Warming up ({children.Count} children picked)");
        foreach (var criteria in nameDob.Take(50).Concat(nameOnly.Take(50)))
        {
            await DatabaseTimeAsync(connectionString, criteria);
            (await SearchPageAsync(session.Client, token, criteria)).Dispose();
        }

        Console.WriteLine("== Database time, one query at a time");
        var dbNameDob = await TimeEachAsync(nameDob, c => DatabaseTimeAsync(connectionString, c));
        var dbNameOnly = await TimeEachAsync(nameOnly, c => DatabaseTimeAsync(connectionString, c));
        Console.WriteLine("== Page time, one query at a time");
        var pageNameDob = await PageTimesAsync(session.Client, token, nameDob);
        var pageNameOnly = await PageTimesAsync(session.Client, token, nameOnly);

        Console.WriteLine($"== Throughput, {clients} clients, {seconds.TotalSeconds:0} s each");
        var mix = nameDob.Zip(nameOnly, (a, b) => new[] { a, b }).SelectMany(pair => pair).ToList();
        var mixed = await ThroughputAsync(session.Client, token, mix, clients, seconds);
        var anchored = await ThroughputAsync(session.Client, token, nameDob, clients, seconds);

        Report(dbNameDob, dbNameOnly, pageNameDob, pageNameOnly, mixed, anchored);
        return mixed.Latency.Failures + anchored.Latency.Failures + pageNameDob.Failures + pageNameOnly.Failures > 0 ? 1 : 0;
    }

    /// <summary>The search as a person runs it: POST the criteria, then GET the results page it redirects to.</summary>
    private static async Task<HttpResponseMessage> SearchPageAsync(HttpClient client, string token, SearchCriteria criteria)
    {
        using var form = new FormUrlEncodedContent(
        [
            new("Input.FirstName", criteria.FirstName ?? ""),
            new("Input.LastName", criteria.LastName ?? ""),
            new("Input.BirthDate", criteria.BirthDate?.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture) ?? ""),
            new("__RequestVerificationToken", token),
        ]);
        using var posted = await client.PostAsync(new Uri("/search", UriKind.Relative), form);
        return posted.Headers.Location is { } results && (int)posted.StatusCode == 302
            ? await client.GetAsync(results)
            : new HttpResponseMessage(posted.StatusCode);
    }

    private static async Task DatabaseTimeAsync(string connectionString, SearchCriteria criteria)
    {
        await using var db = new PortalDbContext(PortalDbContextOptions.For(connectionString));
        var page = await new StudentMatcher(db).FindAsync(criteria, 1, 20);
        await new SearchResultDetails(db).LoadAsync(page.Matches);
    }

    private static async Task<List<double>> TimeEachAsync(IEnumerable<SearchCriteria> criteria, Func<SearchCriteria, Task> run)
    {
        var times = new List<double>();
        foreach (var c in criteria)
        {
            var start = Stopwatch.GetTimestamp();
            await run(c);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        times.Sort();
        return times;
    }

    private static async Task<LatencySummary> PageTimesAsync(HttpClient client, string token, List<SearchCriteria> criteria)
    {
        var next = 0;
        return await LoadRunner.SequentialAsync(() => SearchPageAsync(client, token, criteria[next++]), criteria.Count);
    }

    private static async Task<ThroughputSummary> ThroughputAsync(HttpClient client, string token, List<SearchCriteria> criteria,
        int clients, TimeSpan duration)
    {
        var next = -1;
        return await LoadRunner.ConcurrentAsync(
            () => SearchPageAsync(client, token, criteria[(Interlocked.Increment(ref next) & int.MaxValue) % criteria.Count]),
            clients, duration);
    }

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];

    private static void Report(List<double> dbNameDob, List<double> dbNameOnly, LatencySummary pageNameDob, LatencySummary pageNameOnly,
        ThroughputSummary mixed, ThroughputSummary anchored)
    {
        string Db(List<double> t) => string.Create(CultureInfo.InvariantCulture,
            $"p50 {Percentile(t, .5):0.0} ms, p95 {Percentile(t, .95):0.0} ms, p99 {Percentile(t, .99):0.0} ms ({t.Count} queries)");
        string Page(LatencySummary s) => string.Create(CultureInfo.InvariantCulture,
            $"p50 {s.P50:0.0} ms, p95 {s.P95:0.0} ms, p99 {s.P99:0.0} ms ({s.Count} searches, {s.Failures} failed)");
        string Rps(ThroughputSummary t) => string.Create(CultureInfo.InvariantCulture,
            $"{t.RequestsPerSecond:0.0} searches/s over {t.Seconds:0} s (p95 {t.Latency.P95:0.0} ms, {t.Latency.Failures} errors)");
        Console.WriteLine();
        Console.WriteLine($"database, name + birth date: {Db(dbNameDob)}");
        Console.WriteLine($"database, name only:         {Db(dbNameOnly)}");
        Console.WriteLine($"page, name + birth date:     {Page(pageNameDob)}");
        Console.WriteLine($"page, name only:             {Page(pageNameOnly)}");
        Console.WriteLine($"{mixed.Clients} clients, 50/50 mix:        {Rps(mixed)}");
        Console.WriteLine($"{anchored.Clients} clients, birth date anchored: {Rps(anchored)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"name_dob_db_p50_ms\":{Percentile(dbNameDob, .5):0.0},\"name_dob_db_p95_ms\":{Percentile(dbNameDob, .95):0.0},\"name_dob_db_p99_ms\":{Percentile(dbNameDob, .99):0.0}," +
            $"\"name_only_db_p50_ms\":{Percentile(dbNameOnly, .5):0.0},\"name_only_db_p95_ms\":{Percentile(dbNameOnly, .95):0.0},\"name_only_db_p99_ms\":{Percentile(dbNameOnly, .99):0.0}," +
            $"\"name_dob_page_p50_ms\":{pageNameDob.P50:0.0},\"name_dob_page_p95_ms\":{pageNameDob.P95:0.0},\"name_dob_page_p99_ms\":{pageNameDob.P99:0.0}," +
            $"\"name_only_page_p50_ms\":{pageNameOnly.P50:0.0},\"name_only_page_p95_ms\":{pageNameOnly.P95:0.0},\"name_only_page_p99_ms\":{pageNameOnly.P99:0.0}," +
            $"\"mixed_rps\":{mixed.RequestsPerSecond:0.0},\"dob_rps\":{anchored.RequestsPerSecond:0.0}," +
            $"\"errors\":{mixed.Latency.Failures + anchored.Latency.Failures + pageNameDob.Failures + pageNameOnly.Failures}}}"));
    }
}
