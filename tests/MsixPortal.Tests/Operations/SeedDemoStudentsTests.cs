using MsixPortal.Features.SyntheticData.Demo;
using MsixPortal.TestSupport;
using MsixPortal.Tests.Features.SyntheticData;

namespace MsixPortal.Tests.Operations;

public class SeedDemoStudentsTests
{
    [Fact]
    public async Task SeedDemo_EmptyDatabase_LoadsTheDemoStudentsOnceAndKeepsStandardOutputForAccounts()
    {
        var database = await (await PostgresServer.InstanceAsync()).CreateDatabaseAsync("seed_demo_students");
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Portal"] = PostgresServer.AppConnectionStringFrom(database),
            ["ConnectionStrings__PortalMigrations"] = database,
        };

        var first = await PortalExecutable.RunWithSettingsAsync(settings, "seed-demo");
        var second = await PortalExecutable.RunWithSettingsAsync(settings, "seed-demo");

        Assert.True(first.ExitCode == 0, first.Error + first.Output);
        Assert.Contains($"Loaded {DemoStudentSeeder.GeneratedChildren + 5} demo students.", first.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("demo students", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Demo students were already loaded.", second.Error, StringComparison.Ordinal);
        Assert.Equal(DemoStudentSeeder.GeneratedChildren + 5, await Db.ScalarAsync<long>(database, "SELECT count(*) FROM consolidated_students"));
    }
}
