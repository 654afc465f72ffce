using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Features.Submissions.Linking;
using Npgsql;
using NpgsqlTypes;

namespace MsixPortal.Features.Submissions.Apply;

/// <summary>Keeps <c>match_keys</c> in step with State records, with binary COPY inside the apply transaction.</summary>
public static class MatchKeyWriter
{
    /// <summary>Files <paramref name="records"/> under their keys, first removing the old keys of the records in <paramref name="deleteFirst"/>.</summary>
    public static async Task ReplaceAsync(PortalDbContext db, IReadOnlyList<MatchProfile> records, long[] deleteFirst, CancellationToken cancellationToken)
    {
        if (deleteFirst.Length > 0)
        {
            await db.MatchKeys.Where(k => deleteFirst.Contains(k.StateStudentRecordId)).ExecuteDeleteAsync(cancellationToken);
        }
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY match_keys (key, state_student_record_id) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var record in records)
        {
            foreach (var key in BlockingKeys.Stored(record))
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(key, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(record.RecordId, NpgsqlDbType.Bigint, cancellationToken);
            }
        }
        await importer.CompleteAsync(cancellationToken);
    }
}
