using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Features.Submissions.Linking;
using Npgsql;
using NpgsqlTypes;

namespace MsixPortal.Features.Submissions.Apply;

/// <summary>Keeps <c>match_keys</c> in step with State records, with binary COPY inside the apply transaction.</summary>
public static class MatchKeyWriter
{
    public static async Task ReplaceAsync(PortalDbContext db, IReadOnlyList<MatchProfile> records, CancellationToken cancellationToken)
    {
        var ids = records.Select(r => r.RecordId).ToArray();
        foreach (var chunk in ids.Chunk(10000))
        {
            await db.MatchKeys.Where(k => chunk.Contains(k.StateStudentRecordId)).ExecuteDeleteAsync(cancellationToken);
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
