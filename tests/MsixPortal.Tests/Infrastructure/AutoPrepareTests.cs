using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Infrastructure;
using MsixPortal.TestSupport;
using Npgsql;

namespace MsixPortal.Tests.Infrastructure;

/// <summary>The portal's statements are prepared on the server after a few uses (planned once per connection).</summary>
public class AutoPrepareTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public void WithAutoPrepare_NotSet_TurnedOn_SetByOperator_Kept()
    {
        var plain = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.WithAutoPrepare("Host=db;Database=msix"));
        var chosen = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.WithAutoPrepare("Host=db;Database=msix;Max Auto Prepare=0"));

        Assert.True(plain.MaxAutoPrepare > 0);
        Assert.Equal(0, chosen.MaxAutoPrepare);
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
