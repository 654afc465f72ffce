namespace MsixPortal.TestSupport;

/// <summary>
/// Another instance of the portal on an existing database (e.g. a <see cref="PortalAppFactory"/>'s,
/// given by its owner connection string), for multi-instance tests: shared Data Protection keys,
/// cookies and forms across instances. The app connects as the restricted role, as usual.
/// Usable straight after construction (no <see cref="InitializeAsync"/> needed).
/// </summary>
public class SharedDatabasePortalFactory : PortalAppFactory
{
    public SharedDatabasePortalFactory(string ownerConnectionString, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ConnectionString = ownerConnectionString;
        AppConnectionString = PostgresServer.AppConnectionStringFrom(ownerConnectionString);
        Settings = settings ?? new Dictionary<string, string?>();
    }

    protected override IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Nothing to create: the database belongs to someone else.</summary>
    public override Task InitializeAsync() => Task.CompletedTask;
}
