using System.Data;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using Npgsql;
using NpgsqlTypes;

namespace MsixPortal.Features.Search;

/// <summary>
/// Runs a search against the search keys: computes the query's words and sound codes, then one
/// statement that finds, scores, groups and pages. If nothing is found it retries once relaxed
/// (names without the birth-date anchor, plus trigram similarity for typos).
/// </summary>
public sealed class StudentMatcher(PortalDbContext db)
{
    public async Task<MatchPage> FindAsync(SearchCriteria criteria, int page, int pageSize,
        CancellationToken cancellationToken = default)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        var terms = await SearchTerms.ComputeAsync(connection, criteria, cancellationToken);
        var msixStudentId = criteria.MsixId is null ? null : await FindMsixStudentAsync(connection, criteria.MsixId, cancellationToken);
        var query = new MatchQuery(criteria, terms, msixStudentId);
        var offset = (page - 1) * pageSize;

        var result = await RunAsync(query.Build(connection, pageSize, offset, relaxed: false), relaxed: false, cancellationToken);
        if (result.Matches.Count == 0 && criteria.HasName)
        {
            result = await RunAsync(query.Build(connection, pageSize, offset, relaxed: true), relaxed: true, cancellationToken);
        }
        return result;
    }

    private static async Task<long?> FindMsixStudentAsync(NpgsqlConnection connection, string msixId,
        CancellationToken cancellationToken)
    {
        // A merged-away MSIX ID finds its master (merges of masters followed; bounded against a cycle).
        await using var command = new NpgsqlCommand("""
            WITH RECURSIVE chain AS (
              SELECT id, merged_into_student_id, 0 AS depth FROM consolidated_students WHERE msix_id = @msix
              UNION ALL
              SELECT c.id, c.merged_into_student_id, chain.depth + 1
              FROM consolidated_students c JOIN chain ON c.id = chain.merged_into_student_id WHERE chain.depth < 20)
            SELECT id FROM chain ORDER BY depth DESC LIMIT 1
            """, connection);
        command.Parameters.Add(new NpgsqlParameter("msix", NpgsqlDbType.Char) { Value = msixId });
        return await command.ExecuteScalarAsync(cancellationToken) as long?;
    }

    private static async Task<MatchPage> RunAsync(NpgsqlCommand command, bool relaxed, CancellationToken cancellationToken)
    {
        await using (command)
        {
            var matches = new List<StudentMatch>();
            var total = 0;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                total = (int)reader.GetInt64(reader.GetOrdinal("total"));
                matches.Add(new StudentMatch(
                    reader.GetInt64(0),
                    Convert.ToDouble(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
                    new MatchLevels(
                        LastName: Level(reader, "last_level"), FirstName: Level(reader, "first_level"),
                        BirthDate: Level(reader, "dob_level"), Parent: Level(reader, "parent_level"),
                        Id: Level(reader, "id_level"), MiddleName: Level(reader, "middle_level"),
                        Sex: Level(reader, "sex_level"), State: Level(reader, "state_level"), Extra: Level(reader, "extra_level"))));
            }
            return new MatchPage(matches, total, relaxed);
        }
    }

    private static int Level(NpgsqlDataReader reader, string column) =>
        Convert.ToInt32(reader.GetValue(reader.GetOrdinal(column)), System.Globalization.CultureInfo.InvariantCulture);
}
