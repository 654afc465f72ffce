using MsixPortal.Data.Bulk;
using Npgsql;

namespace MsixPortal.Features.SyntheticData.Loading;

/// <summary>
/// Data that triggers on the student tables keep in step, batch by batch (search keys). For a bulk load those
/// triggers are switched off and the data is rebuilt once, set-based, at the end: re-deriving it for every
/// COPY batch would cost more the larger the tables grow. A feature that adds such a trigger registers its
/// rebuild here; a load into tables with a trigger not listed here keeps the triggers on (slow but right).
/// </summary>
internal sealed class DerivedData
{
    /// <summary>Trigger name → the statement that rebuilds what it maintains.</summary>
    public static readonly IReadOnlyDictionary<string, string> Rebuilds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["search_keys_after_insert"] = "SELECT search_keys_rebuild()",
        ["search_keys_after_update"] = "SELECT search_keys_rebuild()",
        // Deletes the match keys of deleted records: a load deletes no records, so there is nothing to rebuild.
        ["match_keys_of_deleted_records"] = "SELECT NULL",
    };

    private readonly List<(string Table, string Trigger)> _disabled = [];

    private DerivedData()
    {
    }

    public int DisabledTriggers => _disabled.Count;

    /// <summary>Switches the enabled user triggers of the tables off when every one of them has a registered rebuild.</summary>
    public static async Task<DerivedData> SuspendTriggersAsync(NpgsqlConnection connection, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        var derived = new DerivedData();
        var triggers = await EnabledUserTriggersAsync(connection, tables, cancellationToken);
        if (triggers.Any(t => !Rebuilds.ContainsKey(t.Trigger)))
        {
            return derived;
        }
        foreach (var (table, trigger) in triggers)
        {
            await Sql.ExecuteAsync(connection, $"ALTER TABLE {table} DISABLE TRIGGER {Sql.Quote(trigger)}", cancellationToken);
            derived._disabled.Add((table, trigger));
        }
        return derived;
    }

    /// <summary>Rebuilds the derived data once, then switches the triggers back on (all inside the load's transaction).</summary>
    public async Task RebuildAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        foreach (var statement in _disabled.Select(t => Rebuilds[t.Trigger]).Distinct(StringComparer.Ordinal))
        {
            await Sql.ExecuteAsync(connection, statement, cancellationToken);
        }
        foreach (var (table, trigger) in _disabled)
        {
            await Sql.ExecuteAsync(connection, $"ALTER TABLE {table} ENABLE TRIGGER {Sql.Quote(trigger)}", cancellationToken);
        }
    }

    public static async Task<List<(string Table, string Trigger)>> EnabledUserTriggersAsync(NpgsqlConnection connection,
        IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        const string Query = """
            SELECT t.tgrelid::regclass::text, t.tgname FROM pg_trigger t
            WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND t.tgrelid = ANY (SELECT to_regclass(n)::oid FROM unnest(@tables) AS n)
            ORDER BY 1, 2
            """;
        await using var command = new NpgsqlCommand(Query, connection);
        command.Parameters.AddWithValue("tables", tables.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var triggers = new List<(string, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            triggers.Add((reader.GetString(0), reader.GetString(1)));
        }
        return triggers;
    }
}
