using Microsoft.EntityFrameworkCore.Design;

namespace MsixPortal.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without a database or app settings;
/// generating a migration never connects, so the connection string is only a placeholder.
/// </summary>
public sealed class DesignTimePortalDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(PortalDbContextOptions.For("Host=localhost;Database=msix_design"));
}
