using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Operations;

public class AccountCommandTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task SeedDemo_RunTwice_PrintsTheSameEnrolledAccountOfEveryRole()
    {
        var first = await RunAsync("seed-demo");
        var second = await RunAsync("seed-demo");
        var lines = first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t')).Where(fields => fields.Length == 5).ToList();

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(PortalRoles.All, lines.Where(fields => fields[4] is "TX" or "all States").Select(fields => fields[0]));
        // A second State, so that move notices, data requests and merges can be tried from the receiving side.
        Assert.Equal([PortalRoles.MepStaff, PortalRoles.DataAdministrator, PortalRoles.UserAdministrator],
            lines.Where(fields => fields[4] == "MI").Select(fields => fields[0]));
        var michigan = lines.Where(fields => fields[4] == "MI").Select(fields => fields[1]).ToList();
        Assert.All(await factory.WithDbAsync(db => db.Users.Where(u => michigan.Contains(u.Email!)).Select(u => u.StateCode).ToListAsync()),
            state => Assert.Equal("MI", state));
        Assert.Equal(first.Output, second.Output);
        Assert.All(lines, fields => Assert.Matches("^[A-Z2-7]{32}$", fields[3]));
    }

    [Fact]
    public async Task SeedDemo_PrintedAccount_SignsInWithItsAuthenticatorKey()
    {
        var run = await RunAsync("seed-demo");
        var fields = run.Output.Split('\n').Select(line => line.Trim().Split('\t'))
            .First(f => f.Length == 5 && f[0] == PortalRoles.MepStaff);
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == fields[1]).Select(u => u.Id).SingleAsync());

        var client = await factory.SignInAsync(new TestAccount(id, fields[1], fields[2], fields[3], "TX", [fields[0]]));
        var page = await HtmlPage.GetAsync(client, "/account");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(PortalRoles.MepStaff, page.Text("[data-testid=roles]"));
    }

    [Fact]
    public async Task SeedDemo_InProduction_RefusedWithClearMessage()
    {
        var run = await RunAsync("seed-demo", "--environment", "Production");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("refused in Production", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAdmin_NewEmail_PrintsActivationLinkForAPendingNationalAdministrator()
    {
        var email = $"admin-{Guid.NewGuid():N}@agency.example.gov";

        var run = await RunAsync("create-admin", "--email", email);
        var link = run.Output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http", StringComparison.Ordinal));
        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        var page = await HtmlPage.GetAsync(factory.CreatePortalClient(), new Uri(link).PathAndQuery);
        var again = await RunAsync("create-admin", "--email", email);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("http://127.0.0.1:5080/account/activate?token=", link, StringComparison.Ordinal);
        Assert.Equal(AccountStatus.PendingActivation, user.Status);
        Assert.Null(user.StateCode);
        Assert.Equal("Set your password", page.Text("h1"));
        Assert.NotEqual(0, again.ExitCode);
    }

    private Task<PortalRun> RunAsync(params string[] arguments) =>
        PortalExecutable.RunWithSettingsAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Portal"] = factory.AppConnectionString,
            ["ConnectionStrings__PortalMigrations"] = factory.ConnectionString,
            ["Email__PickupDirectory"] = factory.Mail.Path,
        }, arguments);
}
