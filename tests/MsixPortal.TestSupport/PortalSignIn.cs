using System.Net;
using MsixPortal.Authorization;

namespace MsixPortal.TestSupport;

/// <summary>A signed-in browser (an HttpClient with the session cookie) and its account.</summary>
public sealed record SignedInUser(HttpClient Client, TestAccount Account);

/// <summary>
/// Signing in for tests, through the real pages: notice, password, TOTP code. Typical use:
/// <code>var client = await factory.SignInAsync(PortalRoles.MepStaff, "TX");</code>
/// The client does not follow redirects, so tests see 302 and 403 as they are.
/// </summary>
public static class PortalSignIn
{
    /// <summary>A new, fully enrolled user with one role (State "TX" unless given; none for national administrators), signed in with MFA.</summary>
    public static async Task<HttpClient> SignInAsync(this PortalAppFactory factory, string role, string? stateCode = "TX") =>
        (await factory.SignInNewUserAsync([role], role == PortalRoles.NationalAdministrator ? null : stateCode)).Client;

    /// <summary>Like <see cref="SignInAsync(PortalAppFactory,string,string?)"/>, for several roles, also returning the account.</summary>
    public static async Task<SignedInUser> SignInNewUserAsync(this PortalAppFactory factory, IReadOnlyList<string> roles, string? stateCode)
    {
        var account = await TestAccounts.CreateAsync(factory.Services, roles, stateCode);
        return new SignedInUser(await factory.SignInAsync(account), account);
    }

    /// <summary>Signs an existing account in on a new client (or the given one) and checks that it worked.</summary>
    public static async Task<HttpClient> SignInAsync(this PortalAppFactory factory, TestAccount account, HttpClient? client = null)
    {
        client ??= factory.CreatePortalClient();
        var codePage = await SubmitPasswordAsync(client, account.Email, account.Password);
        if (codePage.StatusCode != HttpStatusCode.Redirect || codePage.Location?.OriginalString.StartsWith("/account/signin/code", StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"The password step did not lead to the code step: {codePage.StatusCode} {codePage.Errors}");
        }
        var code = await TestAuthenticator.UnusedCodeAsync(factory.Services, account.Id, account.AuthenticatorKey);
        var done = await SubmitCodeAsync(client, code);
        if (done.StatusCode != HttpStatusCode.Redirect || done.Location?.OriginalString.StartsWith("/account", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"The code step did not sign in: {done.StatusCode} {done.Location} {done.Errors}");
        }
        return client;
    }

    /// <summary>An https client with cookies (see <see cref="PortalClients"/>) that does not follow redirects.</summary>
    public static HttpClient CreatePortalClient(this PortalAppFactory factory) => PortalClients.Create(factory);

    /// <summary>Accepts the system-use notice on this client (needed once before the sign-in form).</summary>
    public static async Task AcceptNoticeAsync(HttpClient client)
    {
        var notice = await HtmlPage.GetAsync(client, "/account/notice");
        await notice.Form("/account/notice").SubmitAsync(client);
    }

    /// <summary>Notice (if not yet accepted) and the password form; returns the answer to the password POST.</summary>
    public static async Task<HtmlPage> SubmitPasswordAsync(HttpClient client, string email, string password)
    {
        var signIn = await HtmlPage.GetAsync(client, "/account/signin");
        if (signIn.StatusCode == HttpStatusCode.Redirect)
        {
            await AcceptNoticeAsync(client);
            signIn = await HtmlPage.GetAsync(client, "/account/signin");
        }
        return await signIn.Form("/account/signin").Set("Email", email).Set("Password", password).SubmitAsync(client);
    }

    public static async Task<HtmlPage> SubmitCodeAsync(HttpClient client, string code)
    {
        var page = await HtmlPage.GetAsync(client, "/account/signin/code");
        return await page.Form("/account/signin/code").Set("Code", code).SubmitAsync(client);
    }

    public static async Task<HtmlPage> SubmitRecoveryCodeAsync(HttpClient client, string recoveryCode)
    {
        var page = await HtmlPage.GetAsync(client, "/account/signin/recovery");
        return await page.Form("/account/signin/recovery").Set("RecoveryCode", recoveryCode).SubmitAsync(client);
    }
}
