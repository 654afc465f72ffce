using System.Net;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;
using Npgsql;

namespace MsixPortal.Tests.Features.Search;

/// <summary>security.md 43: what a user typed into a search is stored encrypted (Data Protection), never in plain text.</summary>
public class SavedSearchProtectionTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Search_Saved_CriteriaEncryptedInTheTableAndResultsStillShown()
    {
        await SearchStudents.AddAsync(factory, SearchStudents.Record("Marisolcanary", "Quetzalcanary", birthDate: new DateOnly(2012, 7, 19)));
        var client = await factory.SignInAsync(PortalRoles.MepStaff);

        var page = await SearchPagesTests.SearchAndFollowAsync(client, ("Input.FirstName", "Marisolcanary"),
            ("Input.LastName", "Quetzalcanary"), ("Input.BirthDate", "07/19/2012"), ("Input.ParentName", "Parentcanary"));
        var stored = await StoredCriteriaAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Marisolcanary", page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(stored);
        Assert.All(stored, row =>
        {
            Assert.StartsWith("CfDJ8", row, StringComparison.Ordinal);
            Assert.DoesNotContain("canary", row, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("2012", row, StringComparison.Ordinal);
            Assert.DoesNotContain("FirstName", row, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Results_CriteriaCopiedFromAnotherSearchRow_NotFound()
    {
        var client = await factory.SignInAsync(PortalRoles.Recruiter);
        var first = (await SearchPagesTests.SubmitAsync(client, ("Input.LastName", "Copyone"), ("Input.BirthDate", "01/02/2010"))).LocationPath()!;
        var second = (await SearchPagesTests.SubmitAsync(client, ("Input.LastName", "Copytwo"), ("Input.BirthDate", "01/02/2010"))).LocationPath()!;
        await using (var connection = new NpgsqlConnection(factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var copy = new NpgsqlCommand(
                "UPDATE saved_searches SET criteria = (SELECT criteria FROM saved_searches WHERE id = @from) WHERE id = @to", connection);
            copy.Parameters.AddWithValue("from", Guid.Parse(first.Split('/')[^1]));
            copy.Parameters.AddWithValue("to", Guid.Parse(second.Split('/')[^1]));
            await copy.ExecuteNonQueryAsync();
        }

        using var response = await client.GetAsync(new Uri(second, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<List<string>> StoredCriteriaAsync()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT criteria::text FROM saved_searches", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }
}
