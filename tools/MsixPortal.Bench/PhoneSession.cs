using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace MsixPortal.Bench;

/// <summary>
/// <c>phone-session --connection CS --base-url URL --email E --password P --totp-key K</c>: signs in
/// through the real pages, runs a name search for a child picked from the database, and prints (one
/// JSON object) the session's cookies, the results page and the child's record page, for
/// scripts/bench/phone.sh to load the signed-in pages in Lighthouse's browser.
/// </summary>
public static class PhoneSession
{
    public static async Task<int> RunAsync(BenchArguments options)
    {
        var (firstName, lastName, msixId) = await PickChildAsync(options.Required("connection"));
        using var session = await PortalSession.SignInAsync(new Uri(options.Required("base-url")),
            options.Required("email"), options.Required("password"), options.Required("totp-key"));
        using var searched = await session.PostFormAsync("/search", "/search",
            [new("Input.FirstName", firstName), new("Input.LastName", lastName), new("Input.BirthDate", "")]);
        if ((int)searched.StatusCode != 302 || searched.Headers.Location is not { } results)
        {
            throw new InvalidOperationException($"The search answered {(int)searched.StatusCode}, not a redirect to its results.");
        }
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            cookies = session.Cookies.Select(c => new { name = c.Key, value = c.Value }),
            resultsPath = results.OriginalString,
            recordPath = "/records/" + msixId,
        }));
        return 0;
    }

    /// <summary>The State record in the middle of the table: its child's names and MSIX ID.</summary>
    private static async Task<(string FirstName, string LastName, string MsixId)> PickChildAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT r.first_name, r.last_name1, s.msix_id FROM state_student_records r
            JOIN consolidated_students s ON s.id = r.consolidated_student_id
            ORDER BY r.id OFFSET (SELECT count(*) / 2 FROM state_student_records) LIMIT 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? (reader.GetString(0), reader.GetString(1), Convert.ToString(reader.GetValue(2), CultureInfo.InvariantCulture)!)
            : throw new InvalidOperationException("The database has no State records: generate some first.");
    }
}
