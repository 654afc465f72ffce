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

        var duplicate = await HtmlPage.LoadAsync(await ReviewAsync(national, "2026.1", Today(), "1. Text"));
        var past = await HtmlPage.LoadAsync(await ReviewAsync(national, "P" + Guid.NewGuid().ToString("N")[..8], Today().AddDays(-1), "1. Text"));
        var empty = await HtmlPage.LoadAsync(await ReviewAsync(national, "", Today(), "1. Text kept"));

        Assert.Contains("exists already", duplicate.Errors, StringComparison.Ordinal);
        Assert.Contains("cannot take effect in the past", past.Errors, StringComparison.Ordinal);
        // The summary comes first on the page, before the versions table, and the text typed is kept.
        Assert.Same(empty.Document.QuerySelector("main h1")!.NextElementSibling, empty.Document.QuerySelector("main .usa-alert--error"));
        Assert.Contains("Enter a version label", empty.Errors, StringComparison.Ordinal);
        Assert.Equal("1. Text kept", empty.Document.QuerySelector("#Input_Text")!.TextContent.Trim());
        Assert.Equal(count, await factory.WithDbAsync(db => db.RulesOfBehaviorVersions.CountAsync()));
    }

    [Fact]
    public async Task Review_ShowsTheTextAsUsersReadItAndWhatWillHappen_NothingPublishedUntilConfirmed()
    {
        var national = await factory.SignInAsync(PortalRoles.NationalAdministrator);
        var version = $"R{Guid.NewGuid():N}"[..12];
        var effectiveOn = Today().AddDays(3);

        var review = await HtmlPage.LoadAsync(await ReviewAsync(national, version, effectiveOn, "1. Keep **printouts** locked away."));
        var publishedAfterReview = await factory.WithDbAsync(db => db.RulesOfBehaviorVersions.AnyAsync(r => r.Version == version));
        var changing = await HtmlPage.LoadAsync(await review.Form("/admin/rules-of-behavior").Set("change", "true")
            .PostAsync(national, "/admin/rules-of-behavior/review"));
        var publishedAfterChange = await factory.WithDbAsync(db => db.RulesOfBehaviorVersions.AnyAsync(r => r.Version == version));
        var confirmed = await review.Form("/admin/rules-of-behavior").PostAsync(national);
        var done = await HtmlPage.GetAsync(national, confirmed.Headers.Location!.OriginalString);

        Assert.Equal("printouts", review.Text("[data-testid=rules-text] ol li strong"));
        var whatHappens = review.Text("[data-testid=what-happens]");
        Assert.Contains($"takes effect on {effectiveOn:MM/dd/yyyy}", whatHappens, StringComparison.Ordinal);
        Assert.Contains("active users must read and accept it at their next sign-in", whatHappens, StringComparison.Ordinal);
        Assert.False(publishedAfterReview);
        Assert.Equal(version, changing.Document.QuerySelector("#Input_Version")!.GetAttribute("value"));
        Assert.Contains("Keep **printouts** locked away.", changing.Document.QuerySelector("#Input_Text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("", changing.Errors);
        Assert.False(publishedAfterChange);
        Assert.Equal("/admin/rules-of-behavior", confirmed.LocationPath());
        Assert.Contains("The new version was published", done.Text("[data-testid=done]"), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.RulesOfBehaviorVersions.AnyAsync(r => r.Version == version)));
    }

    [Fact]
    public async Task Publish_SameLabelConfirmedTwiceFromTwoReviews_SecondRefusedWithTheReason()
    {
        var national = await factory.SignInAsync(PortalRoles.NationalAdministrator);
        var version = $"D{Guid.NewGuid():N}"[..12];
        var first = await HtmlPage.LoadAsync(await ReviewAsync(national, version, Today(), "1. First text"));
        var second = await HtmlPage.LoadAsync(await ReviewAsync(national, version, Today(), "1. Second text"));

        await first.Form("/admin/rules-of-behavior").PostAsync(national);
        var refused = await HtmlPage.LoadAsync(await second.Form("/admin/rules-of-behavior").PostAsync(national));

        Assert.Contains("exists already", refused.Errors, StringComparison.Ordinal);
        Assert.Equal("1. First text", await factory.WithDbAsync(db => db.RulesOfBehaviorVersions.Where(r => r.Version == version).Select(r => r.Text).SingleAsync()));
    }

    private DateOnly Today() => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    /// <summary>As a person does it: fill in the form, review, then publish from the review page.</summary>
    private static async Task<HttpResponseMessage> PublishAsync(HttpClient client, string version, DateOnly effectiveOn, string text) =>
        await (await HtmlPage.LoadAsync(await ReviewAsync(client, version, effectiveOn, text))).Form("/admin/rules-of-behavior").PostAsync(client);

    private static async Task<HttpResponseMessage> ReviewAsync(HttpClient client, string version, DateOnly effectiveOn, string text) =>
        await (await HtmlPage.GetAsync(client, "/admin/rules-of-behavior")).Form("/admin/rules-of-behavior/review")
            .Set("Input.Version", version)
            .Set("Input.EffectiveOn", effectiveOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Set("Input.Text", text)
            .PostAsync(client);
}
