using System.Diagnostics;
using System.Globalization;
using MsixPortal.Bench;
using MsixPortal.Features.Search;

// Usage: MsixPortal.Bench <connection string> [queries per kind] [seconds per throughput run]
// Measures the search's database time (StudentMatcher, as the results page runs it) at whatever size the
// database has, for a fixed seeded query mix, and prints one JSON line (see scripts/bench/search.sh).
var connectionString = args[0];
var queries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 400;
var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 15;

var children = await BenchChild.PickAsync(connectionString, queries, seed: 42);
var nameDob = children.Select(c => c.NameAndBirthDate()).ToList();
var nameOnly = children.Select(c => c.NameOnly()).ToList();
var runner = new SearchRunner(connectionString);

await runner.RunAllAsync(nameDob.Take(50).Concat(nameOnly.Take(50)));
var nameDobTimes = await runner.TimeEachAsync(nameDob);
var nameOnlyTimes = await runner.TimeEachAsync(nameOnly);
var mixed = await runner.ThroughputAsync(nameDob.Zip(nameOnly, (a, b) => new[] { a, b }).SelectMany(x => x).ToList(), 16, seconds);
var dob = await runner.ThroughputAsync(nameDob, 16, seconds);

Console.Error.WriteLine(Report.Line("name+dob db", nameDobTimes));
Console.Error.WriteLine(Report.Line("name only db", nameOnlyTimes));
Console.Error.WriteLine(FormattableString.Invariant($"mixed 50/50, 16 clients: {mixed.Rps:F0} searches/s, {mixed.Errors} errors"));
Console.Error.WriteLine(FormattableString.Invariant($"birth-date anchored, 16 clients: {dob.Rps:F0} searches/s, {dob.Errors} errors"));
Console.WriteLine(Report.Json(nameDobTimes, nameOnlyTimes, mixed, dob));
return 0;

namespace MsixPortal.Bench
{
    internal static class Report
    {
        public static double Percentile(IReadOnlyList<double> sorted, double p) =>
            sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

        public static string Line(string name, IReadOnlyList<double> sorted) => FormattableString.Invariant(
            $"{name}: p50 {Percentile(sorted, 0.5):F1} ms, p95 {Percentile(sorted, 0.95):F1} ms, p99 {Percentile(sorted, 0.99):F1} ms ({sorted.Count} queries)");

        public static string Json(IReadOnlyList<double> nameDob, IReadOnlyList<double> nameOnly, Throughput mixed, Throughput dob) =>
            FormattableString.Invariant(
                $"{{\"name_dob_page_p95_ms\":null,\"name_only_page_p95_ms\":null,\"name_dob_db_p50_ms\":{Percentile(nameDob, 0.5):F1},\"name_dob_db_p95_ms\":{Percentile(nameDob, 0.95):F1},\"name_dob_db_p99_ms\":{Percentile(nameDob, 0.99):F1},\"name_only_db_p50_ms\":{Percentile(nameOnly, 0.5):F1},\"name_only_db_p95_ms\":{Percentile(nameOnly, 0.95):F1},\"name_only_db_p99_ms\":{Percentile(nameOnly, 0.99):F1},\"mixed_rps\":{mixed.Rps:F0},\"dob_rps\":{dob.Rps:F0},\"errors\":{mixed.Errors + dob.Errors},\"level\":\"db\"}}");
    }

    internal sealed record Throughput(double Rps, int Errors);

    internal sealed class SearchRunner(string connectionString)
    {
        public async Task RunAllAsync(IEnumerable<SearchCriteria> criteria)
        {
            foreach (var c in criteria)
            {
                await RunAsync(c);
            }
        }

        public async Task<IReadOnlyList<double>> TimeEachAsync(IReadOnlyList<SearchCriteria> criteria)
        {
            var times = new List<double>(criteria.Count);
            foreach (var c in criteria)
            {
                var clock = Stopwatch.StartNew();
                await RunAsync(c);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            return times;
        }

        public async Task<Throughput> ThroughputAsync(IReadOnlyList<SearchCriteria> criteria, int clients, int seconds)
        {
            var done = 0;
            var errors = 0;
            var clock = Stopwatch.StartNew();
            var until = TimeSpan.FromSeconds(seconds);
            await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
            {
                for (var i = client; clock.Elapsed < until; i += clients)
                {
                    try
                    {
                        await RunAsync(criteria[i % criteria.Count]);
                        Interlocked.Increment(ref done);
                    }
                    catch (Exception exception) when (exception is Npgsql.NpgsqlException or InvalidOperationException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
            })));
            return new Throughput(done / clock.Elapsed.TotalSeconds, errors);
        }

        private async Task RunAsync(SearchCriteria criteria)
        {
            await using var db = new MsixPortal.Data.PortalDbContext(MsixPortal.Data.PortalDbContextOptions.For(connectionString));
            var page = await new StudentMatcher(db).FindAsync(criteria, 1, 20);
            await new SearchResultDetails(db).LoadAsync(page.Matches);
        }
    }
}
