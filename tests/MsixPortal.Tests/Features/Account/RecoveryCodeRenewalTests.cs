using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Features.Account;
using MsixPortal.Features.Account.Enrolment;
using MsixPortal.Features.Account.Security;
using MsixPortal.Features.Account.SignIn;
using MsixPortal.Features.Account.Totp;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

/// <summary>
/// Recovery codes can be renewed from the account page with both factors, and printed or downloaded
/// when shown (issue 18 point 9: the account page said "0 left" with no way to get more).
/// </summary>
public class RecoveryCodeRenewalTests(ClockedPortalAppFactory factory) : IClassFixture<ClockedPortalAppFactory>
{
    [Fact]
    public async Task Renew_WithPasswordAndCode_ShowsTenNewCodesToPrintOrDownload_OldCodesStopWorking()
    {
        var (client, account) = await factory.SignInNewUserAsync([PortalRoles.Recruiter], "TX");
        var oldCodes = await OldCodesAsync(account);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var accountPage = await HtmlPage.GetAsync(client, "/account");
        Assert.NotNull(accountPage.Document.QuerySelector("a[href='/account/recovery-codes']"));

        var confirm = await HtmlPage.GetAsync(client, "/account/recovery-codes");
        Assert.Contains("your old codes stop working at once", confirm.Text("main"), StringComparison.Ordinal);
        Assert.Equal("10", confirm.Text("[data-testid=recovery-codes-left]"));
        var page = await confirm.Form("/account/recovery-codes").Set("CurrentPassword", account.Password)
            .Set("Code", await TestAuthenticator.UnusedCodeAsync(factory.Services, account.Id, account.AuthenticatorKey)).SubmitAsync(client);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("no-store", page.Response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(page.Text("[data-testid=renewed]"));
        var newCodes = page.Document.QuerySelectorAll("[data-testid=recovery-codes] code").Select(c => c.TextContent).ToList();
        Assert.Equal(RecoveryCodes.Count, newCodes.Count);
        Assert.Empty(newCodes.Intersect(oldCodes));
        // The download holds the very codes shown, as a text file named for what it is.
        var download = page.Document.QuerySelector("[data-testid=download]")!;
        Assert.Equal(RecoveryCodesView.FileName, download.GetAttribute("download"));
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(download.GetAttribute("href")!.Split(',')[1]));
        Assert.All(newCodes, code => Assert.Contains(code, text, StringComparison.Ordinal));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=print]"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AccountAuditActions.RecoveryCodesReplaced && e.TargetId == account.Id.ToString())));
        // This session goes on; an old code no longer signs in, a new one does.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
        var other = factory.CreatePortalClient();
        await PortalSignIn.SubmitPasswordAsync(other, account.Email, account.Password);
        Assert.Contains(SignInMessages.WrongRecoveryCode, (await PortalSignIn.SubmitRecoveryCodeAsync(other, oldCodes[0])).Errors, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalSignIn.SubmitRecoveryCodeAsync(other, newCodes[0])).StatusCode);
    }

    [Fact]
    public async Task Renew_WrongCode_ErrorSummaryAndTheOldCodesStay()
    {
        var (client, account) = await factory.SignInNewUserAsync([PortalRoles.Recruiter], "TX");
        var oldCodes = await OldCodesAsync(account);
        var confirm = await HtmlPage.GetAsync(client, "/account/recovery-codes");

        var page = await confirm.Form("/account/recovery-codes").Set("CurrentPassword", account.Password).Set("Code", "000000").SubmitAsync(client);

        Assert.Contains(CredentialChanges.NotVerified, page.Text("[data-testid=error-summary]"), StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("[data-testid=recovery-codes]"));
        Assert.Equal(RecoveryCodes.Count, await factory.WithDbAsync(db => db.RecoveryCodes.CountAsync(c => c.UserId == account.Id && c.UsedAt == null)));
        var other = factory.CreatePortalClient();
        await PortalSignIn.SubmitPasswordAsync(other, account.Email, account.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalSignIn.SubmitRecoveryCodeAsync(other, oldCodes[0])).StatusCode);
    }

    private async Task<IReadOnlyList<string>> OldCodesAsync(TestAccount account)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var codes = await scope.ServiceProvider.GetRequiredService<RecoveryCodes>().ReplaceAsync(account.Id);
        await scope.ServiceProvider.GetRequiredService<MsixPortal.Data.PortalDbContext>().SaveChangesAsync();
        return codes;
    }
}
