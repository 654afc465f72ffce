using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using MsixPortal.Data;

namespace MsixPortal.TestSupport;

/// <summary>
/// The portal's EF model with all design-time facts (column types, lengths), built without a
/// database, for tests that compare the model with the catalogue or with a migrated schema.
/// </summary>
public static class PortalModel
{
    public static IModel Design { get; } = Build();

    private static IModel Build()
    {
        using var db = new DesignTimePortalDbContextFactory().CreateDbContext([]);
        return db.GetService<IDesignTimeModel>().Model;
    }
}
