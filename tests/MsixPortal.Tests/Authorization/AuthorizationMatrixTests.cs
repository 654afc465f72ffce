using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MsixPortal.Authorization;

namespace MsixPortal.Tests.Authorization;

/// <summary>
/// security.md 19 and 22: every endpoint of the app is in authorization-matrix.csv, and every
/// caller (anonymous and each role, signed in for real) gets what the matrix says.
/// </summary>
public class AuthorizationMatrixTests(AuthorizationMatrixFactory factory) : IClassFixture<AuthorizationMatrixFactory>
{
    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in AuthorizationMatrix.Rows)
        {
            data.Add(row.Method, row.Route);
        }
        return data;
    }

    [Fact]
    public void Matrix_EveryEndpointOfTheApp_IsListed()
    {
        var listed = AuthorizationMatrix.Rows.Select(r => AuthorizationMatrix.Key(r.Method, r.Route)).ToHashSet(StringComparer.Ordinal);

        var missing = AppEndpoints().Where(e => !listed.Contains(e.Key))
            .Select(e => e.Key.Replace(' ', ',') + ",," + string.Join(',', AuthorizationMatrix.Callers.Select(_ => "?")))
            .ToList();

        Assert.True(missing.Count == 0,
            $"Add these endpoints to {AuthorizationMatrix.FileName} (replace each ? by the expected outcome):\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void Matrix_EveryRow_IsAnEndpointOfTheApp()
    {
        var endpoints = AppEndpoints().Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

        var stale = AuthorizationMatrix.Rows.Where(r => !endpoints.Contains(AuthorizationMatrix.Key(r.Method, r.Route))).ToList();

        Assert.True(stale.Count == 0, $"Remove or fix these rows of {AuthorizationMatrix.FileName}: {string.Join("; ", stale)}");
    }

    [Fact]
    public void Matrix_EndpointsWithoutAllowAnonymous_SendAnonymousToSignIn()
    {
        var protectedKeys = AppEndpoints().Where(e => !e.AllowsAnonymous).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

        // The API (/api/...) has its own authentication scheme: anonymous callers get 401, not the sign-in page.
        var wrong = AuthorizationMatrix.Rows
            .Where(r => protectedKeys.Contains(AuthorizationMatrix.Key(r.Method, r.Route)))
            .Where(r => r.Expected[AuthorizationMatrix.Anonymous] != (IsApi(r) ? "401" : MatrixOutcome.Login))
            .ToList();

        Assert.True(wrong.Count == 0,
            $"Protected endpoints must expect '{MatrixOutcome.Login}' (API: 401) for anonymous: {string.Join("; ", wrong)}");
    }

    [Fact]
    public void Matrix_UserAdministrationRoutes_ForbidNonAdministrators()
    {
        string[] nonAdministrators = [PortalRoles.Recruiter, PortalRoles.MepStaff, PortalRoles.DataAdministrator];

        var wrong = AuthorizationMatrix.Rows
            .Where(r => r.Route.StartsWith("/admin/users", StringComparison.Ordinal)
                || r.Route.StartsWith("/admin/applications", StringComparison.Ordinal))
            .Where(r => nonAdministrators.Any(role => r.Expected[role] != "403"))
            .ToList();

        Assert.True(wrong.Count == 0, $"Non-administrators must get 403 on: {string.Join("; ", wrong)}");
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Endpoint_EachCaller_GetsTheExpectedOutcome(string method, string route)
    {
        var row = AuthorizationMatrix.Rows.Single(r => r.Method == method && r.Route == route);
        var failures = new List<string>();

        foreach (var caller in AuthorizationMatrix.Callers)
        {
            using var response = await MatrixRequests.SendAsync(factory.ClientFor(caller), row);
            var verdict = MatrixOutcome.Check(row, row.Expected[caller], response, LoginPath());
            if (verdict is not null)
            {
                failures.Add($"{caller}: {verdict}");
            }
        }

        Assert.True(failures.Count == 0, $"{row} ({row.Url}):\n{string.Join('\n', failures)}");
    }

    [Fact]
    public async Task StateChangingEndpoints_CalledWithGet_AreNotAnswered()
    {
        var getRoutes = AuthorizationMatrix.Rows.Where(r => r.Method is "GET" or "*").Select(r => r.Route).ToHashSet(StringComparer.Ordinal);
        var postOnly = AuthorizationMatrix.Rows.Where(r => r.IsStateChanging && !getRoutes.Contains(r.Route)).ToList();
        var client = factory.ClientFor(PortalRoles.NationalAdministrator);
        var answered = new List<string>();

        foreach (var row in postOnly)
        {
            using var response = await client.GetAsync(new Uri(row.Url, UriKind.Relative));
            if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed))
            {
                answered.Add($"GET {row.Url}: {(int)response.StatusCode}");
            }
        }

        Assert.True(answered.Count == 0, $"State-changing routes answered GET: {string.Join("; ", answered)}");
    }

    private static bool IsApi(MatrixRow row) => row.Route.StartsWith("/api/", StringComparison.Ordinal);

    private string LoginPath() =>
        factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme).LoginPath.Value!;

    private sealed record AppEndpoint(string Key, bool AllowsAnonymous);

    /// <summary>Every routable endpoint of the app, once per HTTP method ("*" when it answers any method).</summary>
    private List<AppEndpoint> AppEndpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            // The build's static files (MapStaticAssets): public, checked by CachingRulesTests.
            .Where(endpoint => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .SelectMany(endpoint =>
            {
                var route = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
                var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"];
                var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
                return methods.Select(method => new AppEndpoint(AuthorizationMatrix.Key(method, route), anonymous));
            })
            .DistinctBy(e => e.Key)
            .ToList();
}
