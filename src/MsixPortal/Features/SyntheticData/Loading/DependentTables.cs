using MsixPortal.Data.Bulk;
using Npgsql;

namespace MsixPortal.Features.SyntheticData.Loading;

/// <summary>Finds the tables that reference the loaded tables through foreign keys, directly or not.</summary>
internal static class DependentTables
{
    /// <summary>
    /// The loaded tables plus every empty table that depends on them, as SQL names (regclass text);
    /// a dependent table that holds rows, or that this connection may not change, is left out.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WithEmptyDependentsAsync(NpgsqlConnection connection,
        IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        const string Dependents = """
            WITH RECURSIVE deps(rel) AS (
              SELECT to_regclass(t)::oid FROM unnest(@tables) AS t
              UNION
              SELECT c.conrelid FROM pg_constraint c JOIN deps d ON c.confrelid = d.rel WHERE c.contype = 'f'
            )
            SELECT d.rel::regclass::text, d.rel = ANY (SELECT to_regclass(t)::oid FROM unnest(@tables) AS t)
            FROM deps d JOIN pg_class c ON c.oid = d.rel
            WHERE pg_has_role(c.relowner, 'USAGE')
            """;
        var found = new List<(string Name, bool Loaded)>();
        await using (var command = new NpgsqlCommand(Dependents, connection))
        {
            command.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add((reader.GetString(0), reader.GetBoolean(1)));
            }
        }
        var result = found.Where(t => t.Loaded).Select(t => t.Name).ToList();
        foreach (var (name, _) in found.Where(t => !t.Loaded))
        {
            if (!await Sql.ScalarAsync<bool>(connection, $"SELECT EXISTS (SELECT 1 FROM {name})", cancellationToken))
            {
                result.Add(name);
            }
        }
        return result;
    }
}
