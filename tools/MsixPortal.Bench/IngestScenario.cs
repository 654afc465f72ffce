using System.Globalization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Features.Submissions.Format;
using MsixPortal.Features.SyntheticData;
using MsixPortal.Features.SyntheticData.GroundTruth;
using MsixPortal.Features.SyntheticData.Incoming;
using Npgsql;

namespace MsixPortal.Bench;

/// <summary>
/// The ingest benchmark's two halves around the timed <c>MsixPortal submit</c> runs (scripts/bench/ingest.sh):
/// <c>ingest-files</c> writes submission files of generated records (30 % updates, 45 % children known
/// from other States, 25 % new children; at most 40,000 students a file, one State a file) with a truth
/// file beside each; <c>ingest-quality</c> measures linking against those truth files afterwards.
/// </summary>
public static class IngestScenario
{
    private const string FileList = "files.tsv";

    public static async Task<int> WriteFilesAsync(BenchArguments options)
    {
        var connectionString = options.Required("connection");
        var total = options.Number("records", 100_000);
        var perFile = Math.Min(options.Number("max-per-file", 40_000), 40_000);
        var output = options.Required("out");
        var truth = await GroundTruthCsvReader.ReadAsync(options.Required("truth-file"));
        var mix = new IncomingMix(truth, new GeneratorSettings(options.Number("seed", 42)));
        var random = new Random(options.Number("mix-seed", 1));
        var states = truth.Records.GroupBy(r => r.StateCode).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        var list = new List<string>();
        for (var file = 0; total > 0; file++)
        {
            var state = states[file % states.Count];
            var size = Math.Min(perFile, total);
            var updateIds = mix.PickUpdates(state, size * 30 / 100, random).Select(r => r.StateStudentId).ToList();
            List<StateStudentRecord> updates;
            await using (var db = new PortalDbContext(PortalDbContextOptions.For(connectionString)))
            {
                updates = await StoredRecords.ReadAsync(db, state, updateIds);
            }
            var known = size * 45 / 100;
            var records = mix.Build(state, updates, known, size - updates.Count - known, random);
            var path = Path.Combine(output, string.Create(CultureInfo.InvariantCulture, $"ingest-{file + 1:D2}-{state}.xml"));
            await using (var stream = File.Create(path))
            {
                await XmlSubmissionWriter.WriteAsync(stream, state, DateTime.UtcNow.AddMinutes(-5), new DateOnly(2026, 8, 1),
                    records.Select(r => r.Student).ToList());
            }
            await File.WriteAllLinesAsync(path + ".truth.tsv", records.Select(r =>
                $"{r.Student.Record.StateStudentId}\t{r.Kind}\t{r.TrueMsixId}\t{r.CoTwinMsixId}"));
            list.Add($"{state}\t{path}\t{records.Count}");
            Console.WriteLine($"{path}: {state}, {records.Count} students ({updates.Count} updates, "
                + $"{records.Count(r => r.Kind == IncomingKind.KnownChild)} known from other States, {records.Count(r => r.Kind == IncomingKind.NewChild)} new)");
            total -= records.Count;
        }
        await File.WriteAllLinesAsync(Path.Combine(output, FileList), list);
        return 0;
    }

    public static async Task<int> MeasureAsync(BenchArguments options)
    {
        var truth = await GroundTruthCsvReader.ReadAsync(options.Required("truth-file"));
        var existing = truth.Children.Select(c => c.MsixId!).ToHashSet(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(options.Required("connection"));
        await connection.OpenAsync();
        var parts = new List<LinkingQuality>();
        foreach (var line in await File.ReadAllLinesAsync(Path.Combine(options.Required("out"), FileList)))
        {
            var (state, path) = (line.Split('\t')[0], line.Split('\t')[1]);
            var records = (await File.ReadAllLinesAsync(path + ".truth.tsv")).Select(Parse).ToList();
            parts.Add(await LinkingQuality.MeasureAsync(connection, state, records, existing));
        }
        var q = LinkingQuality.Sum(parts);
        Console.WriteLine($"inserted {q.Inserted} (known from other States {q.Known}), automatic links {q.AutoLinks} ({q.RightAutoLinks} right), "
            + $"found in the worklist {q.FoundInWorklist}, worklist items {q.WorklistItems}, twins joined {q.TwinsJoined}, missing {q.Missing}, updates moved {q.UpdatesMoved}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"QUALITY \"auto_precision\": {q.AutoPrecision:F4}, \"auto_recall\": {q.AutoRecall:F4}, \"review_recall\": {q.ReviewRecall:F4}, \"worklist_per_record\": {q.WorklistPerRecord:F4}, \"twins_joined\": {q.TwinsJoined}"));
        return 0;
    }

    /// <summary>A truth line back into the fields the measure reads (the record itself is not needed).</summary>
    private static IncomingRecord Parse(string line)
    {
        var f = line.Split('\t');
        var record = new StateStudentRecord { StateStudentId = f[0] };
        return new IncomingRecord(new SubmissionStudent('I', null, record), Enum.Parse<IncomingKind>(f[1]),
            f[2].Length == 0 ? null : f[2], f[3].Length == 0 ? null : f[3]);
    }
}
