using MsixPortal.Features.SyntheticData.Loading;
using MsixPortal.TestSupport;
using Npgsql;

namespace MsixPortal.Tests.Features.SyntheticData;

public class BulkLoadDependentTablesTests
{
    [Fact]
    public async Task Load_TablesReferencingTheStudents_EmptyOneRebuiltAndOneWithRowsKept()
    {
        var database = await (await PostgresServer.InstanceAsync()).CreateDatabaseAsync("synthetic_dependents");
        await ExecuteAsync(database, """
            CREATE TABLE derived_keys (record_id bigint PRIMARY KEY REFERENCES state_student_records (id), name text);
            CREATE INDEX ix_derived_keys_name ON derived_keys (name);
            CREATE TABLE pending_reviews (id serial PRIMARY KEY, record_id bigint REFERENCES state_student_records (id));
            INSERT INTO pending_reviews (record_id) VALUES (NULL);
            """);
        var indexBefore = await ScalarAsync(database, "SELECT 'ix_derived_keys_name'::regclass::oid::bigint");

        await SyntheticDataLoader.LoadAsync(database, 50, 3);

        Assert.Equal(1L, await ScalarAsync(database, "SELECT count(*) FROM pending_reviews"));
        Assert.NotEqual(indexBefore, await ScalarAsync(database, "SELECT 'ix_derived_keys_name'::regclass::oid::bigint")); // rebuilt
        Assert.Equal(1L, await ScalarAsync(database,
            "SELECT count(*) FROM pg_constraint WHERE conrelid = 'derived_keys'::regclass AND contype = 'f'"));
        Assert.Equal(50L, await ScalarAsync(database, "SELECT count(*) FROM consolidated_students"));
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
