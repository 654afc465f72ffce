using System.Globalization;

namespace MsixPortal.Bench;

/// <summary>
/// The consolidated record (issue 5): page and export latency for a typical child and a heavy one
/// (many courses, several States), record-page throughput from concurrent clients over a pool of
/// children, and the server's memory across many exports. Ends with one JSON line.
/// </summary>
public static class RecordScenario
{
    private static readonly string[] Formats = ["Pdf", "Xlsx", "Csv"];
    private static readonly string[] Sections = ["Demographics", "QualifyingMoves", "Enrollments", "Courses", "CreditAccrual", "Assessments"];

    public static async Task<int> RunAsync(BenchArguments args)
    {
        using var session = await PortalSession.SignInAsync(new Uri(args.Required("base-url")),
            args.Required("email"), args.Required("password"), args.Required("totp-key"));
        var typical = args.Required("typical");
        var heavy = args.Required("heavy");
        var pool = args.Optional("pool") is { } poolFile ? await File.ReadAllLinesAsync(poolFile) : [typical];
        var requests = args.Number("requests", 300);
        var exports = args.Number("exports", 60);
        var token = await session.FormTokenAsync("/records/" + typical);
        var client = session.Client;

        Task<HttpResponseMessage> Page(string id) => client.GetAsync(new Uri("/records/" + id, UriKind.Relative));
        Task<HttpResponseMessage> Export(string id, string format) =>
            client.PostAsync(new Uri($"/records/{id}/export", UriKind.Relative), ExportForm(token, format));

        Console.WriteLine("== Warming up");
        foreach (var id in new[] { typical, heavy })
        {
            await LoadRunner.SequentialAsync(() => Page(id), 30);
            foreach (var format in Formats)
            {
                await LoadRunner.SequentialAsync(() => Export(id, format), 10);
            }
        }

        var figures = new List<(string Name, LatencySummary Summary)>();
        foreach (var (label, id) in new[] { ("typical", typical), ("heavy", heavy) })
        {
            figures.Add(($"record page, {label}", await LoadRunner.SequentialAsync(() => Page(id), requests)));
            foreach (var format in Formats)
            {
                figures.Add(($"{format.ToLowerInvariant()} export, {label}", await LoadRunner.SequentialAsync(() => Export(id, format), exports)));
            }
        }
        var next = 0;
        Task<HttpResponseMessage> PoolPage() => Page(pool[Interlocked.Increment(ref next) % pool.Length]);
        var clients = args.Number("clients", 16);
        // The same load first, unmeasured: a server's throughput is measured warm (the pool's rows
        // read once from disk, the runtime done compiling the hot paths), as load-testing tools do.
        var warmSeconds = args.Number("warm-seconds", 20);
        Console.WriteLine($"== Throughput: {warmSeconds} s unmeasured, then measured");
        await LoadRunner.ConcurrentAsync(PoolPage, clients, TimeSpan.FromSeconds(warmSeconds));
        var throughput = await LoadRunner.ConcurrentAsync(PoolPage, clients, TimeSpan.FromSeconds(args.Number("seconds", 20)));
        (double BeforeMb, double AfterMb, int Exports)? memory = args.Optional("server-pid") is { } pid
            ? await ExportMemoryAsync(int.Parse(pid, CultureInfo.InvariantCulture), args.Number("memory-exports", 1000), i => Export(heavy, Formats[i % Formats.Length]))
            : null;

        Report(figures, throughput, memory);
        return figures.Any(f => f.Summary.Failures > 0) || throughput.Latency.Failures > 0 ? 1 : 0;
    }

    private static FormUrlEncodedContent ExportForm(string token, string format) => new(
    [
        .. Sections.Select(s => new KeyValuePair<string, string>("Export.Sections", s)),
        new("Export.IncludeParents", "true"),
        new("Export.IncludeBirthPlace", "true"),
        new("Export.Purpose", "CreditAccrual"),
        new("Export.Format", format),
        new("__RequestVerificationToken", token),
    ]);

    /// <summary>The server's resident memory before and after <paramref name="count"/> more exports (after the warm-up).</summary>
    private static async Task<(double BeforeMb, double AfterMb, int Exports)> ExportMemoryAsync(int pid, int count, Func<int, Task<HttpResponseMessage>> export)
    {
        Console.WriteLine($"== {count} exports for the memory check");
        var before = ResidentMegabytes(pid);
        var i = 0;
        await LoadRunner.SequentialAsync(() => export(i++), count);
        return (before, ResidentMegabytes(pid), count);
    }

    private static double ResidentMegabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static void Report(List<(string Name, LatencySummary Summary)> figures, ThroughputSummary throughput,
        (double BeforeMb, double AfterMb, int Exports)? memory)
    {
        Console.WriteLine();
        Console.WriteLine($"{"measurement",-28} {"n",6} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"failed",6}");
        foreach (var (name, s) in figures)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {s.Count,6} {s.P50,8:0.0} {s.P95,8:0.0} {s.Max,8:0.0} {s.Failures,6}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"record page, {throughput.Clients} clients: {throughput.RequestsPerSecond:0} requests/s over {throughput.Seconds:0} s " +
            $"(p50 {throughput.Latency.P50:0.0} ms, p95 {throughput.Latency.P95:0.0} ms, {throughput.Latency.Failures} failed)"));
        if (memory is { } m)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"server resident memory: {m.BeforeMb:0} MB before, {m.AfterMb:0} MB after {m.Exports} more exports"));
        }
        double P95(string name) => figures.Single(f => f.Name == name).Summary.P95;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"record_page_p95_ms\":{P95("record page, typical"):0.0},\"record_page_heavy_p95_ms\":{P95("record page, heavy"):0.0}," +
            $"\"record_rps\":{throughput.RequestsPerSecond:0}," +
            $"\"pdf_p95_ms\":{P95("pdf export, typical"):0.0},\"pdf_heavy_p95_ms\":{P95("pdf export, heavy"):0.0}," +
            $"\"xlsx_p95_ms\":{P95("xlsx export, typical"):0.0},\"xlsx_heavy_p95_ms\":{P95("xlsx export, heavy"):0.0}," +
            $"\"csv_p95_ms\":{P95("csv export, typical"):0.0},\"csv_heavy_p95_ms\":{P95("csv export, heavy"):0.0}," +
            $"\"export_rss_before_mb\":{memory?.BeforeMb ?? 0:0},\"export_rss_after_mb\":{memory?.AfterMb ?? 0:0}}}"));
    }
}
