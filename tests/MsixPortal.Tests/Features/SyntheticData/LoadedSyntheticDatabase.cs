using MsixPortal.Features.SyntheticData.GroundTruth;
using MsixPortal.Features.SyntheticData.Loading;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.SyntheticData;

/// <summary>A fresh migrated database into which 2,000 synthetic students (seed 11) were loaded once.</summary>
public sealed class LoadedSyntheticDatabase : IAsyncLifetime
{
    public const int Students = 2_000;
    public const int Seed = 11;

    public string ConnectionString { get; private set; } = "";

    public SyntheticGroundTruth Truth { get; private set; } = new([], []);

    public LoadSummary Summary { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.InstanceAsync();
        ConnectionString = await server.CreateDatabaseAsync("synthetic_load");
        var truth = new GroundTruthCollector();
        Summary = await SyntheticDataLoader.LoadAsync(ConnectionString, new SyntheticLoadOptions(Students, Seed) { BatchSize = 700 }, truth, null);
        Truth = truth.ToGroundTruth();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
