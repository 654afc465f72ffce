using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Features.Audit;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

/// <summary>
/// National administrators publish the Rules of Behavior on a page; every user accepts the new
/// version at their next sign-in; a report lists who has not. Its own database: publishing affects every user.
/// </summary>
public class RulesOfBehaviorPublishingTests(ClockedPortalAppFactory factory) : IClassFixture<ClockedPortalAppFactory>
{
    [Fact]
    public async Task Publish_NewVersion_UserAcceptsAtNextSignInAndLeavesTheReport()
    {
        var user = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "TX");
        var national = await factory.SignInAsync(PortalRoles.NationalAdministrator);
        var version = $"T{Guid.NewGuid():N}"[..12];

        var published = await PublishAsync(national, version, Today(), "1. Report a **possible breach** at once.\n2. Lock your screen.");
        var page = await HtmlPage.GetAsync(national, "/admin/rules-of-behavior");
        var client = await factory.SignInAsync(user);
        var gate = await client.GetAsync(new Uri("/search", UriKind.Relative));
        var recertify = await HtmlPage.GetAsync(client, "/account/recertify");
        var before = await HtmlPage.GetAsync(national, "/admin/rules-of-behavior/acceptance");
        var accepted = await recertify.Form("/account/recertify")
            .Set("Input.TrainingCompletedOn", Today().AddDays(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Set("Input.AcceptRulesOfBehavior", "true")
            .PostAsync(client);
        var search = await client.GetAsync(new Uri("/search", UriKind.Relative));
        var after = await HtmlPage.GetAsync(national, "/admin/rules-of-behavior/acceptance");

        Assert.Equal("/admin/rules-of-behavior", published.LocationPath());
        Assert.Contains(version, page.Text("[data-testid=current-version]"), StringComparison.Ordinal);
        Assert.Equal("/account/recertify", gate.LocationPath());
        Assert.Equal("possible breach", recertify.Text("[data-testid=rules-text] ol li strong"));
        Assert.Contains(user.Email, before.Text("[data-testid=pending]"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.DoesNotContain(user.Email, after.Document.Body!.TextContent, StringComparison.Ordinal);
        var audit = await factory.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.Action == AuditActions.RulesOfBehaviorPublished
            && e.Detail!.Contains(version)));
        Assert.Contains("rules-of-behavior", audit.TargetType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_ScriptAndJavascriptLinkInText_RenderedHarmless()
    {
        var national = await factory.SignInAsync(PortalRoles.NationalAdministrator);
        var version = $"S{Guid.NewGuid():N}"[..12];

        await PublishAsync(national, version, Today(), "1. <script>alert(1)</script> [click](javascript:alert(2)) [help](/help)");
        var user = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var page = await HtmlPage.GetAsync(await factory.SignInAsync(user), "/account/recertify");
        var rules = page.Document.QuerySelector("[data-testid=rules-text]")!;

        // The new user accepted the version in force when created: the page shows it all the same.
        Assert.Empty(rules.QuerySelectorAll("script"));
        Assert.Contains("<script>alert(1)</script>", rules.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(rules.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(rules.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/help");
    }

    [Fact]
    public async Task Publish_ExistingVersionOrPastDate_ErrorSummaryAndNothingPublished()
    {
        var national = await factory.SignInAsync(PortalRoles.NationalAdministrator);
        var count = await factory.WithDbAsync(db => db.RulesOfBehaviorVersions.CountAsync());

        var duplicate = await HtmlPage.LoadAsync(await PublishAsync(national, "2026.1", Today(), "1. Text"));
        var past = await HtmlPage.LoadAsync(await PublishAsync(national, "P" + Guid.NewGuid().ToString("N")[..8], Today().AddDays(-1), "1. Text"));

        Assert.Contains("exists already", duplicate.Errors, StringComparison.Ordinal);
        Assert.Contains("cannot take effect in the past", past.Errors, StringComparison.Ordinal);
        Assert.Equal(count, await factory.WithDbAsync(db => db.RulesOfBehaviorVersions.CountAsync()));
    }

    private DateOnly Today() => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    private static async Task<HttpResponseMessage> PublishAsync(HttpClient client, string version, DateOnly effectiveOn, string text) =>
        await (await HtmlPage.GetAsync(client, "/admin/rules-of-behavior")).Form("/admin/rules-of-behavior")
            .Set("Input.Version", version)
            .Set("Input.EffectiveOn", effectiveOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Set("Input.Text", text)
            .PostAsync(client);
}
