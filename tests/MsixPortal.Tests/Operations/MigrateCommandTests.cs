using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MsixPortal.Data.MsixIds;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Operations;

public class MigrateCommandTests(MigratedByCommandDatabase database) : IClassFixture<MigratedByCommandDatabase>
{
    private static readonly IModel Model = PortalModel.Design;

    [Fact]
    public void Migrate_EmptyDatabase_ExitsZeroAndSaysUpToDate()
    {
        var run = database.FirstRun;

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Database is up to date.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_EmptyDatabase_CreatesEveryTableAndColumnOfTheModel()
    {
        var schema = await DatabaseSchema.ReadAsync(database.ConnectionString);

        var expected = ModelColumns().ToList();
        var missingTables = Model.GetEntityTypes().Select(e => e.GetTableName()!).Where(t => !schema.Tables.Contains(t)).ToList();

        Assert.Empty(missingTables);
        Assert.All(expected, column =>
        {
            Assert.True(schema.Columns.TryGetValue((column.Table, column.Column), out var actual), $"{column.Table}.{column.Column} is missing");
            Assert.Equal((column.Type, column.Nullable), actual);
        });
        // The report summary tables are written by SQL, not by EF (docs/reports.md): they are not in the model.
        Assert.Equal(expected.Count, schema.Columns.Keys.Count(k => k.Table != "__ef_migrations_history"
            && !k.Table.StartsWith("report_", StringComparison.Ordinal) && k.Table != "state_reported_child_counts"));
    }

    [Fact]
    public async Task Migrate_EmptyDatabase_CreatesEveryIndexAndTheMsixIdSequence()
    {
        var schema = await DatabaseSchema.ReadAsync(database.ConnectionString);

        var missingIndexes = Model.GetEntityTypes().SelectMany(e => e.GetIndexes()).Select(i => i.GetDatabaseName()!)
            .Where(i => !schema.Indexes.Contains(i)).ToList();

        Assert.Empty(missingIndexes);
        Assert.Contains(MsixId.SequenceName, schema.Sequences);
    }

    [Fact]
    public async Task Migrate_AlreadyMigrated_ExitsZeroAgain()
    {
        var run = await PortalExecutable.RunAsync(database.ConnectionString, "migrate");

        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public async Task Migrate_NoConnectionString_FailsNamingTheSetting()
    {
        var run = await PortalExecutable.RunAsync("", "migrate");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("ConnectionStrings__Portal", run.Output + run.Error, StringComparison.Ordinal);
    }

    /// <summary>Every column the model maps, except xmin: a system column PostgreSQL keeps on every table.</summary>
    private static IEnumerable<(string Table, string Column, string Type, bool Nullable)> ModelColumns() =>
        from entity in Model.GetEntityTypes()
        let table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema())
        from property in entity.GetProperties()
        let column = property.GetColumnName(table)!
        where column != "xmin"
        select (table.Name, column, property.GetColumnType(), property.IsColumnNullable(table));
}
