using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using MsixPortal.Features.SyntheticData.GroundTruth;
using MsixPortal.Operations;
using MsixPortal.TestSupport;
using Npgsql;

namespace MsixPortal.Tests.Features.SyntheticData;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("msix-generate-").FullName;

    [Fact]
    public async Task Generate_EmptyDatabaseAsOwner_LoadsTheStudentsAndWritesTheGroundTruthFiles()
    {
        var database = await (await PostgresServer.InstanceAsync()).CreateDatabaseAsync("generate_command");
        var truthFile = Path.Combine(_folder, "truth.csv");

        var run = await PortalExecutable.RunWithSettingsAsync(Settings(database, owner: true),
            "generate", "--students", "300", "--seed", "7", "--truth-file", truthFile);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("Generated and loaded 300 students", run.Output, StringComparison.Ordinal);
        Assert.Contains("bulk path", run.Output, StringComparison.Ordinal);
        Assert.Contains("Database size:", run.Output, StringComparison.Ordinal);
        var truth = await GroundTruthCsvReader.ReadAsync(truthFile);
        Assert.Equal(300, truth.Children.Count);
        Assert.Equal(truth.Children.Select(c => c.MsixId).Order(), await MsixIdsAsync(database));
        Assert.Equal(truth.Records.Count, await CountAsync(database, "state_student_records"));
    }

    [Fact]
    public async Task Generate_AsTheRestrictedAppRole_LoadsWithoutTouchingIndexes()
    {
        var database = await (await PostgresServer.InstanceAsync()).CreateDatabaseAsync("generate_app_role");

        var run = await PortalExecutable.RunWithSettingsAsync(Settings(database, owner: false),
            "generate", "--students", "120", "--seed", "8", "--truth-file", Path.Combine(_folder, "app.csv"));

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("incremental path", run.Output, StringComparison.Ordinal);
        Assert.Equal(120, await CountAsync(database, "consolidated_students"));
    }

    [Fact]
    public async Task Generate_WithoutSeed_ExitsTwoWithTheUsage()
    {
        var run = await PortalExecutable.RunAsync("Host=127.0.0.1;Database=unused", "generate", "--students", "10");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage: MsixPortal generate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_InProduction_RefusedBeforeTouchingTheDatabase()
    {
        var configuration = new ConfigurationBuilder().Build();

        var exitCode = await GenerateCommand.RunAsync(configuration, new HostingEnvironment { EnvironmentName = "Production" },
            ["--students", "10", "--seed", "1"]);

        Assert.Equal(1, exitCode);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Dictionary<string, string> Settings(string ownerConnectionString, bool owner)
    {
        var settings = new Dictionary<string, string> { ["ConnectionStrings__Portal"] = PostgresServer.AppConnectionStringFrom(ownerConnectionString) };
        if (owner)
        {
            settings["ConnectionStrings__PortalMigrations"] = ownerConnectionString;
        }
        return settings;
    }

    private static async Task<long> CountAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> MsixIdsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT msix_id FROM consolidated_students ORDER BY msix_id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0).Trim());
        }
        return ids;
    }
}
