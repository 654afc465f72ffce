using MsixPortal.Data.Bulk;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.MsixIds;
using Npgsql;

namespace MsixPortal.Features.SyntheticData.Loading;

/// <summary>
/// Writes one batch of generated children as consolidated students already linked to their State records:
/// takes MSIX IDs and primary keys for the batch, sets every foreign key, and COPYs each table in turn.
/// </summary>
internal sealed class BatchWriter(NpgsqlConnection connection, StudentTables tables, IdAllocator ids, MsixIdGenerator msixIds)
{
    private readonly Dictionary<string, long> _rows = tables.Names.ToDictionary(n => n, _ => 0L, StringComparer.Ordinal);

    /// <summary>Rows written so far, per table.</summary>
    public IReadOnlyDictionary<string, long> Rows => _rows;

    public long TotalRows => _rows.Values.Sum();

    public async Task WriteAsync(IReadOnlyList<GeneratedChild> batch, CancellationToken cancellationToken)
    {
        var msix = await msixIds.NextAsync(batch.Count, cancellationToken);
        var studentIds = await ids.TakeAsync(tables.Students.TableName, batch.Count, cancellationToken);
        var records = batch.SelectMany(c => c.Records).Select(r => r.Record).ToList();
        var recordIds = await ids.TakeAsync(tables.Records.TableName, records.Count, cancellationToken);
        var students = new List<ConsolidatedStudent>(batch.Count);
        var next = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var child = batch[i];
            child.Truth.MsixId = msix[i];
            foreach (var generated in child.Records)
            {
                generated.Record.Id = recordIds[next++];
                generated.Record.ConsolidatedStudentId = studentIds[i];
            }
            students.Add(new ConsolidatedStudent
            {
                Id = studentIds[i], MsixId = msix[i], CreatedAt = child.Records.Min(r => r.Record.CreatedAt),
            });
        }

        await CopyAsync(tables.Students, students, cancellationToken);
        await CopyAsync(tables.Records, records, cancellationToken);
        await CopyAsync(tables.MatchKeys, records.SelectMany(DerivedRows.MatchKeysOf).ToList(), cancellationToken);
        foreach (var (table, rows) in await RecordRowsCopy.CopyAsync(connection, tables, ids, records, cancellationToken))
        {
            _rows[table] += rows;
        }
    }

    private async Task CopyAsync<T>(CopyTable<T> table, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class =>
        _rows[table.TableName] += await table.CopyAsync(connection, rows, cancellationToken);
}
