using Npgsql;

namespace MsixPortal.Features.SyntheticData.Loading;

/// <summary>
/// The secondary indexes and foreign keys of the tables a bulk load fills. Dropping them before loading
/// into empty tables and building them once afterwards is much faster than maintaining them row by row
/// (PostgreSQL's "Populating a Database" advice). Primary keys stay. Both steps run in the load's
/// transaction, so a failed or killed load leaves every index and constraint as it was.
/// </summary>
internal sealed class SecondaryIndexes
{
    private readonly List<string> _recreate = [];

    private SecondaryIndexes()
    {
    }

    public int IndexCount { get; private set; }

    public int ForeignKeyCount { get; private set; }

    public static async Task<SecondaryIndexes> DropAsync(NpgsqlConnection connection, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        var dropped = new SecondaryIndexes();
        const string ForeignKeys = """
            SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
            FROM pg_constraint c
            WHERE c.contype = 'f' AND c.conrelid = ANY (SELECT to_regclass(t) FROM unnest(@tables) AS t)
            ORDER BY 1, 2
            """;
        const string Indexes = """
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            WHERE i.indrelid = ANY (SELECT to_regclass(t) FROM unnest(@tables) AS t)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY 1
            """;
        var foreignKeys = await QueryAsync(connection, ForeignKeys, tables, r => (r.GetString(0), r.GetString(1), r.GetString(2)), cancellationToken);
        var indexes = await QueryAsync(connection, Indexes, tables, r => (r.GetString(0), r.GetString(1)), cancellationToken);
        foreach (var (table, name, definition) in foreignKeys)
        {
            await Sql.ExecuteAsync(connection, $"ALTER TABLE {table} DROP CONSTRAINT {Sql.Quote(name)}", cancellationToken);
            dropped._recreate.Add($"ALTER TABLE {table} ADD CONSTRAINT {Sql.Quote(name)} {definition}");
        }
        foreach (var (name, definition) in indexes)
        {
            await Sql.ExecuteAsync(connection, $"DROP INDEX {name}", cancellationToken);
            dropped._recreate.Insert(dropped.IndexCount, definition); // indexes first: foreign keys use them
        }
        (dropped.IndexCount, dropped.ForeignKeyCount) = (indexes.Count, foreignKeys.Count);
        return dropped;
    }

    public async Task RecreateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        foreach (var statement in _recreate)
        {
            await Sql.ExecuteAsync(connection, statement, cancellationToken);
        }
    }

    private static async Task<List<TRow>> QueryAsync<TRow>(NpgsqlConnection connection, string sql, IReadOnlyList<string> tables,
        Func<NpgsqlDataReader, TRow> read, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tables", tables.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<TRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
