using Npgsql;

namespace MsixPortal.Data.Bulk;

/// <summary>
/// Hands out primary keys for the rows a load writes. With the tables locked for a bulk load the keys
/// simply continue after the largest one and each identity sequence is moved past them at the end; otherwise
/// they are taken from the identity sequences, so that rows the application inserts meanwhile never clash.
/// </summary>
internal sealed class IdAllocator
{
    private readonly NpgsqlConnection _connection;
    private readonly bool _exclusive;
    private readonly Dictionary<string, (string Sequence, long Next)> _tables = new(StringComparer.Ordinal);

    private IdAllocator(NpgsqlConnection connection, bool exclusive)
    {
        _connection = connection;
        _exclusive = exclusive;
    }

    public static async Task<IdAllocator> StartAsync(NpgsqlConnection connection, IReadOnlyList<(string Table, string KeyColumn)> tables,
        bool exclusive, CancellationToken cancellationToken)
    {
        var allocator = new IdAllocator(connection, exclusive);
        foreach (var (table, key) in tables)
        {
            var sequence = await Sql.ScalarAsync<string>(connection, "SELECT pg_get_serial_sequence(@table, @key)", cancellationToken,
                ("table", Sql.Quote(table)), ("key", key));
            var next = exclusive
                ? await Sql.ScalarAsync<long>(connection, $"SELECT coalesce(max({Sql.Quote(key)}), 0) + 1 FROM {Sql.Quote(table)}", cancellationToken)
                : 0;
            allocator._tables[table] = (sequence, next);
        }
        return allocator;
    }

    /// <summary><paramref name="count"/> new keys for the table, ascending.</summary>
    public async Task<long[]> TakeAsync(string table, int count, CancellationToken cancellationToken)
    {
        var (sequence, next) = _tables[table];
        if (_exclusive)
        {
            _tables[table] = (sequence, next + count);
            return [.. Enumerable.Range(0, count).Select(i => next + i)];
        }
        await using var command = new NpgsqlCommand("SELECT nextval(@sequence::regclass) FROM generate_series(1, @count)", _connection);
        command.Parameters.AddWithValue("sequence", sequence);
        command.Parameters.AddWithValue("count", count);
        var ids = new long[count];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; await reader.ReadAsync(cancellationToken); i++)
        {
            ids[i] = reader.GetInt64(0);
        }
        Array.Sort(ids);
        return ids;
    }

    /// <summary>Moves each identity sequence past the keys used, so that the application's next insert gets a free key.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (!_exclusive)
        {
            return;
        }
        foreach (var (sequence, next) in _tables.Values)
        {
            if (next > 1)
            {
                await Sql.ScalarAsync<long>(_connection, "SELECT setval(@sequence::regclass, @last)", cancellationToken,
                    ("sequence", sequence), ("last", next - 1));
            }
        }
    }
}
