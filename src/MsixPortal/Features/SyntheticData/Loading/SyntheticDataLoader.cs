using MsixPortal.Data.Bulk;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.MsixIds;
using MsixPortal.Features.SyntheticData.GroundTruth;
using Npgsql;

namespace MsixPortal.Features.SyntheticData.Loading;

/// <summary>
/// Generates synthetic children and loads them as consolidated students already linked to their one to
/// four State records — the "existing database" that search and linking are measured against. One thread
/// generates the next batch while the caller's task COPYs the previous one; everything is one transaction.
/// </summary>
public static class SyntheticDataLoader
{
    /// <summary>Loads <paramref name="students"/> children of <paramref name="seed"/> and returns the ground truth (for tests).</summary>
    public static async Task<SyntheticGroundTruth> LoadAsync(string connectionString, int students, int seed,
        CancellationToken cancellationToken = default)
    {
        var truth = new GroundTruthCollector();
        await LoadAsync(connectionString, new SyntheticLoadOptions(students, seed), truth, null, cancellationToken);
        return truth.ToGroundTruth();
    }

    public static Task<LoadSummary> LoadAsync(string connectionString, SyntheticLoadOptions options, IGroundTruthSink truth,
        Action<LoadProgress>? progress, CancellationToken cancellationToken = default)
    {
        var population = new SyntheticPopulation(new GeneratorSettings(options.Seed) { AsOf = options.AsOf });
        return LoadChildrenAsync(connectionString, population.Children(options.Students), options.Students, options.BatchSize,
            truth, progress, cancellationToken);
    }

    /// <summary>Loads any generated children (e.g. the demo's showcase children); <paramref name="expected"/> is for progress only.</summary>
    public static async Task<LoadSummary> LoadChildrenAsync(string connectionString, IEnumerable<GeneratedChild> children, int expected,
        int batchSize, IGroundTruthSink truth, Action<LoadProgress>? progress, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        // No command timeout: one COPY (with the triggers it fires) or the index rebuild can take minutes.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UseNpgsql(connection).UseSnakeCaseNamingConvention().Options);
        var tables = new StudentTables(db.Model);
        await using var load = await BulkLoadTransaction.BeginAsync(connection, tables, cancellationToken);
        await db.Database.UseTransactionAsync(load.Transaction, cancellationToken);
        var writer = new BatchWriter(connection, tables, load.Ids, new MsixIdGenerator(db));

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var batches = Channel.CreateBounded<List<GeneratedChild>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => ProduceAsync(children, batchSize, batches.Writer, stop.Token), stop.Token);
        var loaded = 0;
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(stop.Token))
            {
                await writer.WriteAsync(batch, stop.Token);
                foreach (var child in batch)
                {
                    await truth.AddAsync(child, stop.Token);
                }
                loaded += batch.Count;
                progress?.Invoke(new LoadProgress(loaded, expected, writer.TotalRows, clock.Elapsed));
            }
        }
        finally
        {
            await stop.CancelAsync(); // a failed COPY must not leave the producer waiting on a full channel
            await Task.WhenAny(producer);
        }
        await producer;
        // The report summaries derive from State records too: ask for each loaded State's refresh in the
        // load's transaction, as a submission does (Features/Reports/Summaries).
        await Sql.ExecuteAsync(connection, """
            INSERT INTO report_refresh_requests (state_code, requested_at)
            SELECT DISTINCT state_code, now() FROM state_student_records
            ON CONFLICT (state_code) DO UPDATE SET requested_at = excluded.requested_at
            """, cancellationToken);
        await load.CommitAsync(cancellationToken);
        await truth.CompleteAsync(cancellationToken);
        var size = await Sql.ScalarAsync<long>(connection, "SELECT pg_database_size(current_database())", cancellationToken);
        return new LoadSummary(loaded, writer.Rows, clock.Elapsed, size, load.Description);
    }

    /// <summary>Whether the database already holds consolidated students.</summary>
    public static async Task<bool> HasStudentsAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var db = new PortalDbContext(PortalDbContextOptions.For(connectionString));
        return await db.ConsolidatedStudents.AnyAsync(cancellationToken);
    }

    private static async Task ProduceAsync(IEnumerable<GeneratedChild> children, int batchSize, ChannelWriter<List<GeneratedChild>> batches,
        CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<GeneratedChild>(batchSize);
            foreach (var child in children)
            {
                batch.Add(child);
                if (batch.Count == batchSize)
                {
                    await batches.WriteAsync(batch, cancellationToken);
                    batch = new List<GeneratedChild>(batchSize);
                }
            }
            if (batch.Count > 0)
            {
                await batches.WriteAsync(batch, cancellationToken);
            }
            batches.Complete();
        }
        catch (Exception e)
        {
            batches.Complete(e);
            throw;
        }
    }
}
