using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Authorization;

/// <summary>
/// The portal with one client per matrix caller: anonymous, and one user per role signed in with
/// MFA through the real sign-in pages (State "TX" for State roles). The clients do not follow redirects.
/// </summary>
public sealed class AuthorizationMatrixFactory : ManySignInsPortalAppFactory
{
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    public HttpClient ClientFor(string caller) => _clients[caller];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _clients[AuthorizationMatrix.Anonymous] = this.CreatePortalClient();
        foreach (var role in PortalRoles.All)
        {
            _clients[role] = await this.SignInAsync(role);
        }
    }
}
