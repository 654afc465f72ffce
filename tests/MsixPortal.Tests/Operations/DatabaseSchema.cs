using Npgsql;

namespace MsixPortal.Tests.Operations;

/// <summary>What PostgreSQL's catalogue says a database holds, to compare with the EF model.</summary>
internal sealed record DatabaseSchema(
    IReadOnlySet<string> Tables,
    IReadOnlyDictionary<(string Table, string Column), (string Type, bool Nullable)> Columns,
    IReadOnlySet<string> Indexes,
    IReadOnlySet<string> Sequences)
{
    public static async Task<DatabaseSchema> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = await StringsAsync(connection,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
        var indexes = await StringsAsync(connection, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'");
        var sequences = await StringsAsync(connection, "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'public'");

        // information_schema.columns gives names and nullability; format_type gives the full type, e.g. numeric(4,2).
        // Columns of tables only: views (such as search_key_source) are not part of the EF model.
        var columns = new Dictionary<(string, string), (string, bool)>();
        await using var command = new NpgsqlCommand(
            """
            SELECT c.table_name, c.column_name, format_type(a.atttypid, a.atttypmod), c.is_nullable = 'YES'
            FROM information_schema.columns c
            JOIN pg_attribute a ON a.attrelid = format('public.%I', c.table_name)::regclass AND a.attname = c.column_name
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns[(reader.GetString(0), reader.GetString(1))] = (reader.GetString(2), reader.GetBoolean(3));
        }
        return new DatabaseSchema(tables, columns, indexes, sequences);
    }

    private static async Task<HashSet<string>> StringsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
