using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Search;

/// <summary>Issue 17 point 11: every search field has a length limit; an overlong value gets a clear error and nothing is saved.</summary>
public class SearchFieldLimitsTests(ManySignInsPortalAppFactory factory) : IClassFixture<ManySignInsPortalAppFactory>
{
    public static TheoryData<string> Fields =>
    [
        "Input.FirstName", "Input.LastName", "Input.BirthDate", "Input.Sex", "Input.StateCode", "Input.MsixId",
        "Input.StateStudentId", "Input.MiddleName", "Input.ParentName", "Input.BirthCity", "Input.BirthState",
        "Input.BirthCountry", "Input.SchoolName", "Input.MultipleBirth",
    ];

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task Search_FieldOfAHundredThousandCharacters_RefusedWithErrorAndNotSaved(string field)
    {
        var client = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");

        var response = await SearchPagesTests.SubmitAsync(client.Client, ("Input.LastName", "Garcia"), (field, new string('x', 100_000)));
        var page = await HtmlPage.LoadAsync(response);
        var saved = await factory.WithDbAsync(db => db.SavedSearches.CountAsync(s => s.OwnerUserId == client.Account.Id));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEmpty(page.Errors);
        Assert.Equal(0, saved);
    }
}
