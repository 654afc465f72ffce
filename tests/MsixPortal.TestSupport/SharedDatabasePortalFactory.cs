namespace MsixPortal.TestSupport;

/// <summary>
/// Another instance of the portal on an existing database (e.g. a <see cref="PortalAppFactory"/>'s),
/// for multi-instance tests: shared Data Protection keys, cookies and forms across instances.
/// </summary>
public class SharedDatabasePortalFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    : PortalAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:Portal"] = connectionString,
        };

    /// <summary>Nothing to create: the database belongs to someone else.</summary>
    public override Task InitializeAsync() => Task.CompletedTask;
}
