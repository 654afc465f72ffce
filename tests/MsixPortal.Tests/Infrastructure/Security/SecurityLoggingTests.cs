using System.Net;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;
using Serilog.Events;

namespace MsixPortal.Tests.Infrastructure.Security;

/// <summary>security.md 29: every 403 is logged with user, IP and UTC time; CR/LF from a request never forges a log line.</summary>
public class SecurityLoggingTests(ManySignInsPortalAppFactory factory) : IClassFixture<ManySignInsPortalAppFactory>
{
    [Fact]
    public async Task Forbidden_SignedInUser_LogsUserIpAndUtcTime()
    {
        var recruiter = await factory.SignInNewUserAsync([PortalRoles.Recruiter], "TX");

        var response = await recruiter.Client.GetAsync(new Uri("/admin/users", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var denied = factory.Log.Events.Last(e => e.MessageTemplate.Text.StartsWith("Access denied", StringComparison.Ordinal)
            && Scalar(e, "UserId") == recruiter.Account.Id.ToString());
        Assert.Equal("/admin/users", Scalar(denied, "Path"));
        Assert.True(denied.Properties.ContainsKey("ClientIp"));
        Assert.True(denied.Properties["OccurredAtUtc"] is ScalarValue { Value: DateTime { Kind: DateTimeKind.Utc } });
    }

    [Fact]
    public async Task RequestPath_WithEncodedLineBreak_IsLoggedWithoutControlCharacters()
    {
        var client = factory.CreatePortalClient();

        await client.GetAsync(new Uri("/admin/users%0D%0A[12:00:00 INF] Administrator signed in", UriKind.Relative));

        AssertNoControlCharacters();
    }

    [Fact]
    public async Task SignIn_EmailWithLineBreak_IsLoggedWithoutControlCharacters()
    {
        var client = factory.CreatePortalClient();

        await PortalSignIn.SubmitPasswordAsync(client, "mallory@example.org\r\n[12:00:00 INF] User admin signed in", "wrong password 123");

        AssertNoControlCharacters();
        Assert.DoesNotContain("User admin signed in", factory.Log.AllText(), StringComparison.Ordinal);
    }

    private void AssertNoControlCharacters()
    {
        var offending = factory.Log.Events
            .SelectMany(e => e.Properties.Select(p => (e.MessageTemplate.Text, p.Key, Value: (p.Value as ScalarValue)?.Value as string)))
            .Where(p => p.Value is not null && p.Value.Any(char.IsControl))
            .ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending.Select(o => $"{o.Text}: {o.Key}")));
    }

    private static string? Scalar(LogEvent logEvent, string name) =>
        logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue scalar ? scalar.Value?.ToString() : null;
}
