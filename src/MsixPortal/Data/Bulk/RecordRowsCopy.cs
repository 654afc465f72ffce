using MsixPortal.Data.Entities.StateRecords;
using Npgsql;

namespace MsixPortal.Data.Bulk;

/// <summary>
/// COPYs the child rows (alternate IDs, qualifying moves, enrollments, courses, assessments) of State
/// records whose keys are set: one COPY per table, keys from <see cref="IdAllocator"/>.
/// </summary>
internal static class RecordRowsCopy
{
    /// <summary>Rows written per table.</summary>
    public static async Task<IReadOnlyList<(string Table, int Rows)>> CopyAsync(NpgsqlConnection connection, StudentTables tables,
        IdAllocator ids, IReadOnlyList<StateStudentRecord> records, CancellationToken cancellationToken) =>
    [
        (tables.AlternateIds.TableName, await CopyAsync(connection, tables.AlternateIds, ids, records, r => r.AlternateIds, cancellationToken)),
        (tables.QualifyingMoves.TableName, await CopyAsync(connection, tables.QualifyingMoves, ids, records, r => r.QualifyingMoves, cancellationToken)),
        (tables.Enrollments.TableName, await CopyAsync(connection, tables.Enrollments, ids, records, r => r.Enrollments, cancellationToken)),
        (tables.Courses.TableName, await CopyAsync(connection, tables.Courses, ids, records, r => r.Courses, cancellationToken)),
        (tables.Assessments.TableName, await CopyAsync(connection, tables.Assessments, ids, records, r => r.Assessments, cancellationToken)),
    ];

    private static async Task<int> CopyAsync<TRow>(NpgsqlConnection connection, CopyTable<TRow> table, IdAllocator ids,
        IReadOnlyList<StateStudentRecord> records, Func<StateStudentRecord, List<TRow>> rowsOf, CancellationToken cancellationToken)
        where TRow : StateRecordRow
    {
        var rows = new List<TRow>();
        foreach (var record in records)
        {
            foreach (var row in rowsOf(record))
            {
                row.StateStudentRecordId = record.Id;
                rows.Add(row);
            }
        }
        if (rows.Count == 0)
        {
            return 0;
        }
        var keys = await ids.TakeAsync(table.TableName, rows.Count, cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Id = keys[i];
        }
        return await table.CopyAsync(connection, rows, cancellationToken);
    }
}
