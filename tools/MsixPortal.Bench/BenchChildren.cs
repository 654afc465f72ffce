using MsixPortal.Features.Search;
using Npgsql;

namespace MsixPortal.Bench;

/// <summary>Children picked from the database with a seed, and the searches typed for them.</summary>
internal sealed record BenchChild(string FirstName, string LastName1, string? LastName2, DateOnly BirthDate)
{
    public SearchCriteria NameAndBirthDate() => new() { FirstName = FirstName, LastName = LastName1, BirthDate = BirthDate };

    /// <summary>Both names, as typed: without accents would match the same way (the keys are accent-free).</summary>
    public SearchCriteria NameOnly() => new() { FirstName = FirstName, LastName = LastName1 + (LastName2 is null ? "" : " " + LastName2) };

    public static async Task<IReadOnlyList<BenchChild>> PickAsync(string connectionString, int count, int seed)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT setseed(@seed);
            SELECT first_name, last_name1, last_name2, birth_date FROM state_student_records
            WHERE id IN (SELECT 1 + floor(random() * (SELECT max(id) FROM state_student_records))::bigint FROM generate_series(1, @count * 2))
            LIMIT @count
            """, connection);
        command.Parameters.AddWithValue("seed", seed / 100.0);
        command.Parameters.AddWithValue("count", count);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.NextResultAsync();
        var children = new List<BenchChild>();
        while (await reader.ReadAsync())
        {
            children.Add(new BenchChild(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetFieldValue<DateOnly>(3)));
        }
        return children;
    }
}
