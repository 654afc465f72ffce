using MsixPortal.Data.Bulk;
using Npgsql;

namespace MsixPortal.Features.SyntheticData.Loading;

/// <summary>
/// The secondary indexes, foreign keys and (on tables no foreign key points to) primary keys of the tables a
/// bulk load fills. Dropping them before loading into empty tables and building them once afterwards is much
/// faster than maintaining them row by row (PostgreSQL's "Populating a Database" advice). Both steps run in
/// the load's transaction, so a failed or killed load leaves every index and constraint as it was.
/// </summary>
internal sealed class SecondaryIndexes
{
    private const string ForeignKeys = """
        SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
        FROM pg_constraint c
        WHERE c.contype = 'f' AND c.conrelid = ANY (SELECT to_regclass(t) FROM unnest(@tables) AS t)
        ORDER BY 1, 2
        """;

    private const string UnreferencedKeys = """
        SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
        FROM pg_constraint c
        WHERE c.contype IN ('p', 'u') AND c.conrelid = ANY (SELECT to_regclass(t) FROM unnest(@tables) AS t)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.confrelid = c.conrelid)
        ORDER BY 1, 2
        """;

    private const string Indexes = """
        SELECT i.indrelid::regclass::text, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
        FROM pg_index i
        WHERE i.indrelid = ANY (SELECT to_regclass(t) FROM unnest(@tables) AS t)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
        ORDER BY 1, 2
        """;

    private readonly List<string> _recreate = [];

    private SecondaryIndexes()
    {
    }

    public int IndexCount { get; private set; }

    public int ForeignKeyCount { get; private set; }

    public static async Task<SecondaryIndexes> DropAsync(NpgsqlConnection connection, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        var dropped = new SecondaryIndexes();
        var foreignKeys = await QueryAsync(connection, ForeignKeys, tables, cancellationToken);
        var keys = await QueryAsync(connection, UnreferencedKeys, tables, cancellationToken);
        var indexes = await QueryAsync(connection, Indexes, tables, cancellationToken);
        // Foreign keys go first and come back last: they need the keys they point to.
        foreach (var (table, name, _) in foreignKeys.Concat(keys))
        {
            await Sql.ExecuteAsync(connection, $"ALTER TABLE {table} DROP CONSTRAINT {Sql.Quote(name)}", cancellationToken);
        }
        foreach (var (_, name, _) in indexes)
        {
            await Sql.ExecuteAsync(connection, $"DROP INDEX {name}", cancellationToken);
        }
        dropped._recreate.AddRange(indexes.Select(i => i.Definition));
        dropped._recreate.AddRange(keys.Concat(foreignKeys).Select(c => $"ALTER TABLE {c.Table} ADD CONSTRAINT {Sql.Quote(c.Name)} {c.Definition}"));
        (dropped.IndexCount, dropped.ForeignKeyCount) = (indexes.Count + keys.Count, foreignKeys.Count);
        return dropped;
    }

    public async Task RecreateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        foreach (var statement in _recreate)
        {
            await Sql.ExecuteAsync(connection, statement, cancellationToken);
        }
    }

    private static async Task<List<(string Table, string Name, string Definition)>> QueryAsync(NpgsqlConnection connection, string sql,
        IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tables", tables.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(string, string, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        return rows;
    }
}
