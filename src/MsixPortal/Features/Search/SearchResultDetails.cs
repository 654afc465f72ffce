using System.Data;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using Npgsql;
using NpgsqlTypes;

namespace MsixPortal.Features.Search;

/// <summary>Loads what a person needs to decide, for the students on one page of results.</summary>
public sealed class SearchResultDetails(PortalDbContext db)
{
    // One round trip. The latest enrollment per State record is a LATERAL lookup on the record's
    // enrollments (a window over the whole enrollments table, as LINQ's "latest per group" becomes,
    // reads millions of rows at national scale).
    internal const string Sql = """
        SELECT c.id, c.msix_id, r.state_code, r.first_name, r.middle_name, r.last_name1, r.last_name2, r.suffix,
               r.birth_date, r.sex, r.parent1first_name, r.parent1last_name, r.parent2first_name, r.parent2last_name,
               e.school_or_project_name, e.enrollment_date
        FROM consolidated_students c
        JOIN state_student_records r ON r.consolidated_student_id = c.id
        LEFT JOIN LATERAL (
            SELECT school_or_project_name, enrollment_date FROM enrollments
            WHERE state_student_record_id = r.id ORDER BY enrollment_date DESC LIMIT 1) e ON true
        WHERE c.id = ANY(@ids)
        ORDER BY c.id, r.state_code
        """;

    public async Task<IReadOnlyList<SearchResultViewModel>> LoadAsync(IReadOnlyList<StudentMatch> matches,
        CancellationToken cancellationToken = default)
    {
        var students = await LoadStudentsAsync(matches.Select(m => m.StudentId).ToArray(), cancellationToken);
        return matches.Where(m => students.ContainsKey(m.StudentId)).Select(m => new SearchResultViewModel
        {
            MsixId = students[m.StudentId].MsixId,
            Reasons = MatchReasons.Describe(m.Levels),
            Records = students[m.StudentId].Records,
        }).ToList();
    }

    private async Task<Dictionary<long, (string MsixId, List<StateRecordSummary> Records)>> LoadStudentsAsync(
        long[] ids, CancellationToken cancellationToken)
    {
        var students = new Dictionary<long, (string MsixId, List<StateRecordSummary> Records)>();
        if (ids.Length == 0)
        {
            return students;
        }
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            if (!students.TryGetValue(id, out var student))
            {
                student = (reader.GetString(1).Trim(), []);
                students[id] = student;
            }
            student.Records.Add(new StateRecordSummary(
                reader.GetString(2),
                Join(reader.GetStringOrNull(3), reader.GetStringOrNull(4), reader.GetStringOrNull(5),
                    reader.GetStringOrNull(6), reader.GetStringOrNull(7)),
                reader.GetFieldValue<DateOnly>(8),
                reader.GetString(9),
                new[]
                {
                    Join(reader.GetStringOrNull(10), reader.GetStringOrNull(11)),
                    Join(reader.GetStringOrNull(12), reader.GetStringOrNull(13)),
                }.Where(p => p.Length > 0).ToList(),
                reader.GetStringOrNull(14),
                reader.IsDBNull(15) ? null : reader.GetFieldValue<DateOnly>(15)));
        }
        return students;
    }


    private static string Join(params string?[] parts) =>
        string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
