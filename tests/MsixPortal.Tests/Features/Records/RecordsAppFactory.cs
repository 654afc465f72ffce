using System.Collections.Concurrent;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Records;

/// <summary>
/// The portal for record tests. Users are signed in once per role and State and kept for the
/// whole class (signing in costs a password hash); tests add their own children, so no reset.
/// </summary>
public class RecordsAppFactory : PortalAppFactory
{
    private readonly ConcurrentDictionary<string, Lazy<Task<SignedInUser>>> _users = new();

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Records:Export:PerUserPerMinute"] = "1000",
    };

    /// <summary>A signed-in client for <paramref name="role"/> in <paramref name="state"/>, shared within the fixture.</summary>
    public async Task<HttpClient> ClientAsync(string role, string? state = "TX") => (await UserAsync(role, state)).Client;

    public Task<SignedInUser> UserAsync(string role, string? state = "TX") =>
        _users.GetOrAdd($"{role}|{state}", _ => new Lazy<Task<SignedInUser>>(() => this.SignInNewUserAsync([role], state))).Value;
}

/// <summary>A fixture whose export limit is low enough to hit in a test.</summary>
public sealed class LowExportLimitAppFactory : RecordsAppFactory
{
    public const int Limit = 2;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Records:Export:PerUserPerMinute"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
