using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MsixPortal.Data;
using MsixPortal.Data.Bulk;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Students;
using Npgsql;

namespace MsixPortal.Features.Submissions.Apply;

/// <summary>
/// Writes a submission's students set-based on the apply transaction's connection: binary COPY for new
/// rows, and one UPDATE from a COPY-filled staging table for updated records. So the statement-level
/// triggers on state_student_records (search keys) run once per table per submission, not once per row.
/// </summary>
internal sealed class RecordWriter
{
    private const string Staging = "submission_staged_records";

    // Compiling the COPY writers takes a moment; the model is the same for the life of the process.
    private static readonly ConditionalWeakTable<IModel, StudentTables> TablesByModel = [];

    private readonly NpgsqlConnection _connection;
    private readonly StudentTables _tables;
    private readonly IdAllocator _ids;

    private RecordWriter(NpgsqlConnection connection, StudentTables tables, IdAllocator ids)
    {
        _connection = connection;
        _tables = tables;
        _ids = ids;
    }

    public static async Task<RecordWriter> StartAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var tables = TablesByModel.GetValue(db.Model, model => new StudentTables(model));
        var ids = await IdAllocator.StartAsync(connection, tables.WithGeneratedKeys, exclusive: false, cancellationToken);
        return new RecordWriter(connection, tables, ids);
    }

    /// <summary>New consolidated students: keys taken and set, rows copied.</summary>
    public async Task InsertStudentsAsync(IReadOnlyList<ConsolidatedStudent> students, CancellationToken cancellationToken)
    {
        if (students.Count == 0)
        {
            return;
        }
        var keys = await _ids.TakeAsync(_tables.Students.TableName, students.Count, cancellationToken);
        for (var i = 0; i < students.Count; i++)
        {
            students[i].Id = keys[i];
        }
        await _tables.Students.CopyAsync(_connection, students, cancellationToken);
    }

    /// <summary>Sets the keys of new State records, before they are linked and copied: their blocking keys are filed meanwhile.</summary>
    public async Task TakeKeysAsync(IReadOnlyList<StateStudentRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }
        var keys = await _ids.TakeAsync(_tables.Records.TableName, records.Count, cancellationToken);
        for (var i = 0; i < records.Count; i++)
        {
            records[i].Id = keys[i];
        }
    }

    /// <summary>New State records (keys taken, consolidated student set) with their child rows.</summary>
    public async Task InsertAsync(IReadOnlyList<StateStudentRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }
        await _tables.Records.CopyAsync(_connection, records, cancellationToken);
        await RecordRowsCopy.CopyAsync(_connection, _tables, _ids, records, cancellationToken);
    }

    /// <summary>
    /// Stored records replaced by submitted ones (key, consolidated student and creation time already set):
    /// every element updated in one statement, the child rows deleted and copied anew.
    /// </summary>
    public async Task UpdateAsync(IReadOnlyList<StateStudentRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }
        var table = Sql.Quote(_tables.Records.TableName);
        await Sql.ExecuteAsync(_connection, $"DROP TABLE IF EXISTS {Staging}; CREATE TEMP TABLE {Staging} (LIKE {table}) ON COMMIT DROP", cancellationToken);
        await _tables.Records.CopyAsync(_connection, records, cancellationToken, into: Staging);
        var kept = new[] { "id", "consolidated_student_id", "created_at" };
        var assignments = string.Join(", ", _tables.Records.Columns.Where(c => !kept.Contains(c)).Select(c => $"{Sql.Quote(c)} = s.{Sql.Quote(c)}"));
        await Sql.ExecuteAsync(_connection, $"UPDATE {table} AS r SET {assignments} FROM {Staging} AS s WHERE r.id = s.id", cancellationToken);
        var ids = records.Select(r => r.Id).ToArray();
        foreach (var rowTable in new[] { _tables.AlternateIds.TableName, _tables.QualifyingMoves.TableName, _tables.Enrollments.TableName,
                     _tables.Courses.TableName, _tables.Assessments.TableName })
        {
            await using var delete = new NpgsqlCommand($"DELETE FROM {Sql.Quote(rowTable)} WHERE state_student_record_id = ANY(@ids)", _connection) { CommandTimeout = 0 };
            delete.Parameters.AddWithValue("ids", ids);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
        await RecordRowsCopy.CopyAsync(_connection, _tables, _ids, records, cancellationToken);
    }
}
