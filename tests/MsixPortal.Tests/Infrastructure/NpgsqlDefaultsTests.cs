using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Infrastructure;
using MsixPortal.TestSupport;
using Npgsql;

namespace MsixPortal.Tests.Infrastructure;

/// <summary>
/// The Npgsql settings the portal changes: statements prepared on the server after a few uses (planned
/// once per connection), and no session reset each time a connection goes back to the pool.
/// </summary>
public class NpgsqlDefaultsTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public void WithPortalDefaults_NotSet_TurnedOn_SetByOperator_Kept()
    {
        var plain = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.WithPortalDefaults("Host=db;Database=msix"));
        var chosen = new NpgsqlConnectionStringBuilder(
            DataServiceCollectionExtensions.WithPortalDefaults("Host=db;Database=msix;Max Auto Prepare=0;No Reset On Close=false"));

        Assert.True(plain.MaxAutoPrepare > 0);
        Assert.True(plain.NoResetOnClose);
        Assert.Equal(0, chosen.MaxAutoPrepare);
        Assert.False(chosen.NoResetOnClose);
    }

    [Fact]
    public async Task PooledConnection_ReusedWithoutASessionReset()
    {
        var oneConnection = new NpgsqlConnectionStringBuilder(factory.AppConnectionString) { MaxPoolSize = 1 }.ConnectionString;
        var connectionString = DataServiceCollectionExtensions.WithPortalDefaults(oneConnection);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using (var first = await dataSource.OpenConnectionAsync())
        {
            await using var set = new NpgsqlCommand("SET application_name = 'msix-reset-probe'", first);
            await set.ExecuteNonQueryAsync();
        }

        await using var second = await dataSource.OpenConnectionAsync();
        await using var read = new NpgsqlCommand("SELECT current_setting('application_name')", second);

        // Npgsql's reset (RESET ALL among others) would have put the setting back.
        Assert.Equal("msix-reset-probe", await read.ExecuteScalarAsync());
    }

    [Fact]
    public async Task RepeatedQuery_OnThePortalsConnection_PreparedOnTheServer()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Database.OpenConnectionAsync();

        for (var i = 0; i < 10; i++)
        {
            await db.Users.CountAsync(u => u.Email == "nobody@example.org");
        }
        var prepared = await db.Database.SqlQueryRaw<long>(
            "SELECT count(*) AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%FROM users%'").SingleAsync();

        Assert.True(prepared > 0);
    }
}
