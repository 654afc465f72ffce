using System.Net;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Users;

/// <summary>/admin/users: the administrator's State only; search by POST so that no name or email is in a URL.</summary>
public class UserDirectoryTests(ManySignInsPortalAppFactory factory) : IClassFixture<ManySignInsPortalAppFactory>
{
    [Fact]
    public async Task Search_ByEmail_FindsOwnStatesUserOnly()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var texan = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var californian = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "CA");
        var form = (await HtmlPage.GetAsync(admin, "/admin/users")).Form("/admin/users");

        var own = await form.Set("Search", texan.Email).SubmitAsync(admin);
        var other = await form.Set("Search", californian.Email).SubmitAsync(admin);

        Assert.Single(own.Document.QuerySelectorAll("tbody tr"));
        Assert.Empty(other.Document.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Search_MarkupInName_IsShownEscaped()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX",
            configure: user => user.FullName = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>");
        var form = (await HtmlPage.GetAsync(admin, "/admin/users")).Form("/admin/users");

        var page = await form.Set("Search", account.Email).SubmitAsync(admin);
        var details = await HtmlPage.GetAsync(admin, $"/admin/users/{account.Id}");

        Assert.Empty(page.Document.QuerySelectorAll("main script, main img"));
        Assert.Contains("<script>alert(1)</script>", page.Document.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(details.Document.QuerySelectorAll("main script, main img"));
    }

    [Fact]
    public async Task Details_UnknownUser_NotFound()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");

        var response = await admin.GetAsync(new Uri($"/admin/users/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Details_NationalAccount_ForbiddenToStateAdministrator()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var national = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.NationalAdministrator], null);

        var response = await admin.GetAsync(new Uri($"/admin/users/{national.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(PortalRoles.UserAdministrator, true)]
    [InlineData(PortalRoles.DataAdministrator, false)]
    [InlineData(PortalRoles.Recruiter, false)]
    public async Task Navigation_AdministrationLinks_OnlyForAdministrators(string role, bool shown)
    {
        var client = await factory.SignInAsync(role, "TX");

        var page = await HtmlPage.GetAsync(client, "/account");

        Assert.Equal(shown, page.Document.QuerySelector("nav a[href='/admin/users']") is not null);
        Assert.Equal(shown, page.Document.QuerySelector("nav a[href='/admin/audit']") is not null);
    }
}
