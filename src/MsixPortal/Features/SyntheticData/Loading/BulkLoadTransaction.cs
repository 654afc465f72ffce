using MsixPortal.Data.Bulk;
using Npgsql;

namespace MsixPortal.Features.SyntheticData.Loading;

/// <summary>
/// The one transaction a load runs in: all or nothing, so a failed or killed load leaves the database as it
/// was. Into empty student tables, and when the connection may change them, it takes the bulk-load path:
/// tables locked, truncated (with wal_level=minimal PostgreSQL then writes their data files instead of WAL),
/// secondary indexes and foreign keys dropped and rebuilt once at the end, then ANALYZE.
/// </summary>
internal sealed class BulkLoadTransaction : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly StudentTables _tables;
    private SecondaryIndexes? _dropped;
    private DerivedData? _derived;
    private IReadOnlyList<string> _analyze;

    private BulkLoadTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction, StudentTables tables)
    {
        _connection = connection;
        _transaction = transaction;
        _tables = tables;
        _analyze = [.. tables.Names.Select(Sql.Quote)];
    }

    public NpgsqlTransaction Transaction => _transaction;

    public IdAllocator Ids { get; private set; } = null!;

    /// <summary>Whether the tables were empty and the load dropped and rebuilds their indexes.</summary>
    public bool IsBulkPath => _dropped is not null;

    public string Description => _dropped is { } d
        ? $"bulk path: {d.IndexCount} indexes, {d.ForeignKeyCount} foreign keys and the data of {_derived!.DisabledTriggers} triggers rebuilt after loading"
        : "incremental path: indexes kept (tables not empty or not owned by this connection)";

    public static async Task<BulkLoadTransaction> BeginAsync(NpgsqlConnection connection, StudentTables tables, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var load = new BulkLoadTransaction(connection, transaction, tables);
        var empty = !await Sql.ScalarAsync<bool>(connection,
            $"SELECT EXISTS (SELECT 1 FROM {Sql.Quote(tables.Students.TableName)}) OR EXISTS (SELECT 1 FROM {Sql.Quote(tables.Records.TableName)})",
            cancellationToken);
        if (empty && await OwnsAllAsync(connection, tables.Names, cancellationToken))
        {
            await load.PrepareBulkPathAsync(cancellationToken);
        }
        load.Ids = await IdAllocator.StartAsync(connection, tables.WithGeneratedKeys, load.IsBulkPath, cancellationToken);
        return load;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_dropped is not null)
        {
            // At least 512 MB for building the indexes (GIN indexes build much faster in memory); never less than the server's.
            await Sql.ExecuteAsync(_connection,
                "SELECT set_config('maintenance_work_mem', greatest(pg_size_bytes(current_setting('maintenance_work_mem')), 512 * 1024 * 1024) / 1024 || 'kB', true)",
                cancellationToken);
            await _derived!.RebuildAsync(_connection, cancellationToken);
            await _dropped.RecreateAsync(_connection, cancellationToken);
        }
        await Ids.FinishAsync(cancellationToken);
        await _transaction.CommitAsync(cancellationToken);
        foreach (var table in _analyze)
        {
            await Sql.ExecuteAsync(_connection, $"ANALYZE {table}", cancellationToken);
        }
    }

    public async ValueTask DisposeAsync() => await _transaction.DisposeAsync();

    private async Task PrepareBulkPathAsync(CancellationToken cancellationToken)
    {
        // Tables that reference the student tables and are filled from them (e.g. search keys kept by
        // triggers) are empty too when the students are: they are rebuilt the same way.
        var affected = await DependentTables.WithEmptyDependentsAsync(_connection, _tables.Names, cancellationToken);
        var list = string.Join(", ", affected);
        await Sql.ExecuteAsync(_connection, $"LOCK TABLE {list} IN ACCESS EXCLUSIVE MODE", cancellationToken);
        // TRUNCATE fails when a table that is not empty references these: then just load without it.
        await _transaction.SaveAsync("truncate", cancellationToken);
        try
        {
            await Sql.ExecuteAsync(_connection, $"TRUNCATE {list}", cancellationToken);
            await _transaction.ReleaseAsync("truncate", cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.FeatureNotSupported)
        {
            await _transaction.RollbackAsync("truncate", cancellationToken);
        }
        _dropped = await SecondaryIndexes.DropAsync(_connection, affected, cancellationToken);
        _derived = await DerivedData.SuspendTriggersAsync(_connection, _tables.Names, cancellationToken);
        _analyze = affected;
    }

    private static async Task<bool> OwnsAllAsync(NpgsqlConnection connection, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT bool_and(pg_has_role(c.relowner, 'USAGE')) FROM pg_class c WHERE c.oid = ANY (SELECT to_regclass(t) FROM unnest(@tables) AS t)",
            connection);
        command.Parameters.AddWithValue("tables", tables.ToArray());
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }
}
