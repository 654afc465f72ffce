using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Operations;

/// <summary>An empty database on which the operator ran <c>MsixPortal migrate</c> once.</summary>
public sealed class MigratedByCommandDatabase : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public PortalRun FirstRun { get; private set; } = new(-1, "", "");

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.InstanceAsync();
        ConnectionString = await server.CreateEmptyDatabaseAsync("migrate_command");
        FirstRun = await PortalExecutable.RunAsync(ConnectionString, "migrate");
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
