using System.Diagnostics;
using System.Globalization;
using MsixPortal.Features.Submissions.Format;
using MsixPortal.Features.SyntheticData;
using MsixPortal.Features.SyntheticData.GroundTruth;
using MsixPortal.Features.SyntheticData.Incoming;
using MsixPortal.Features.SyntheticData.Loading;
using MsixPortal.TestSupport;
using Npgsql;
using Xunit.Abstractions;

namespace MsixPortal.Tests.Features.Submissions;

/// <summary>A database holding 3,000 synthetic children (seed 23), loaded once, and its ground truth.</summary>
public sealed class LinkingQualityFixture : PortalAppFactory
{
    public const int Children = 3_000;
    public const int Seed = 23;

    public SyntheticGroundTruth Truth { get; private set; } = new([], []);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Truth = await SyntheticDataLoader.LoadAsync(ConnectionString, Children, Seed);
    }
}

/// <summary>
/// Linking measured on the generator's ground truth (issue 7 targets): one State submits updates, children
/// known from other States written its own way (twins among them) and new children.
/// </summary>
public class LinkingQualityTests(LinkingQualityFixture fixture, ITestOutputHelper output) : IClassFixture<LinkingQualityFixture>
{
    [Fact]
    public async Task Submit_GeneratedMixFromANewState_MeetsTheLinkingTargets()
    {
        var truth = fixture.Truth;
        var state = truth.Records.GroupBy(r => r.StateCode).MaxBy(g => g.Count())!.Key;
        var random = new Random(5);
        var mix = new IncomingMix(truth, new GeneratorSettings(LinkingQualityFixture.Seed));
        var updateIds = mix.PickUpdates(state, 300, random).Select(r => r.StateStudentId).ToList();
        var updates = await fixture.QueryAsync(db => StoredRecords.ReadAsync(db, state, updateIds));
        var records = mix.Build(state, updates, knownCount: 1_400, newCount: 500, random);
        using var file = new MemoryStream();
        await XmlSubmissionWriter.WriteAsync(file, state, new DateTime(2026, 10, 30, 12, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 8, 1),
            records.Select(r => r.Student).ToList());

        var clock = Stopwatch.StartNew();
        var result = await fixture.SubmitAsync(file.ToArray(), state);
        clock.Stop();

        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        var quality = await LinkingQuality.MeasureAsync(connection, state, records, truth.Children.Select(c => c.MsixId!).ToHashSet());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{records.Count} records in {clock.ElapsedMilliseconds} ms: {quality}; precision {quality.AutoPrecision:F4}, auto recall {quality.AutoRecall:F4}, review recall {quality.ReviewRecall:F4}, worklist/record {quality.WorklistPerRecord:F3}"));
        Assert.Equal((0, 0), (result.Rejected, quality.Missing));
        Assert.Equal(0, quality.UpdatesMoved);
        Assert.Equal(0, quality.TwinsJoined);
        Assert.True(quality.AutoPrecision >= 0.998, $"automatic-link precision {quality.AutoPrecision:F4}");
        Assert.True(quality.AutoRecall >= 0.90, $"automatic-link recall {quality.AutoRecall:F4}");
        Assert.True(quality.ReviewRecall >= 0.99, $"recall with the worklist {quality.ReviewRecall:F4}");
        Assert.True(quality.WorklistPerRecord <= 0.2, $"worklist items per record {quality.WorklistPerRecord:F3}");
    }
}
