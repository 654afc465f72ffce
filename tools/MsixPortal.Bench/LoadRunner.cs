using System.Diagnostics;

namespace MsixPortal.Bench;

/// <summary>Latency percentiles of one kind of request, in milliseconds.</summary>
public sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max, int Failures);

/// <summary>Requests per second under concurrent load, with the latency seen meanwhile.</summary>
public sealed record ThroughputSummary(int Clients, double Seconds, int Requests, double RequestsPerSecond, LatencySummary Latency);

/// <summary>Runs requests one after another (latency) or from many clients at once (throughput).</summary>
public static class LoadRunner
{
    /// <summary>Sends <paramref name="count"/> requests in sequence; a response that is not 2xx counts as a failure.</summary>
    public static async Task<LatencySummary> SequentialAsync(Func<Task<HttpResponseMessage>> send, int count)
    {
        var times = new List<double>(count);
        var failures = 0;
        for (var i = 0; i < count; i++)
        {
            var (elapsed, ok) = await TimeAsync(send);
            times.Add(elapsed);
            failures += ok ? 0 : 1;
        }
        return Summarise(times, failures);
    }

    /// <summary><paramref name="clients"/> loops sending requests for <paramref name="duration"/>.</summary>
    public static async Task<ThroughputSummary> ConcurrentAsync(Func<Task<HttpResponseMessage>> send, int clients, TimeSpan duration)
    {
        var stopwatch = Stopwatch.StartNew();
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var times = new List<double>();
            var failures = 0;
            while (stopwatch.Elapsed < duration)
            {
                var (elapsed, ok) = await TimeAsync(send);
                times.Add(elapsed);
                failures += ok ? 0 : 1;
            }
            return (times, failures);
        })));
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var all = perClient.SelectMany(c => c.times).ToList();
        return new ThroughputSummary(clients, seconds, all.Count, all.Count / seconds, Summarise(all, perClient.Sum(c => c.failures)));
    }

    private static async Task<(double Milliseconds, bool Ok)> TimeAsync(Func<Task<HttpResponseMessage>> send)
    {
        var start = Stopwatch.GetTimestamp();
        using var response = await send();
        // Read the whole body: a response only counts once it has arrived.
        await response.Content.CopyToAsync(Stream.Null);
        return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, response.IsSuccessStatusCode);
    }

    private static LatencySummary Summarise(List<double> times, int failures)
    {
        times.Sort();
        return new LatencySummary(times.Count, Percentile(times, 0.50), Percentile(times, 0.95), Percentile(times, 0.99), times.Count > 0 ? times[^1] : 0, failures);
    }

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
}
