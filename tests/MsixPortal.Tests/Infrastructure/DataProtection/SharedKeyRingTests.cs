using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Infrastructure.DataProtection;

public class SharedKeyRingTests(PortalAppFactory instanceA) : IClassFixture<PortalAppFactory>
{
    private const string Purpose = "MsixPortal.Tests.SharedKeyRing";

    [Fact]
    public async Task Unprotect_DataProtectedByAnotherInstanceOnSameDatabase_ReturnsOriginal()
    {
        await using var instanceB = new SharedDatabasePortalFactory(instanceA.ConnectionString);
        var protectedByA = Protector(instanceA).Protect("shared secret");

        var unprotectedByB = Protector(instanceB).Unprotect(protectedByA);

        Assert.Equal("shared secret", unprotectedByB);
        Assert.True(await KeyRows.CountAsync(instanceA.ConnectionString) > 0);
    }

    [Fact]
    public async Task ValidateRequest_AntiforgeryTokensIssuedByAnotherInstance_Succeeds()
    {
        await using var instanceB = new SharedDatabasePortalFactory(instanceA.ConnectionString);
        var request = AntiforgeryPost.IssuedBy(instanceA);

        var exception = await Record.ExceptionAsync(() => request.ValidateOnAsync(instanceB));

        Assert.Null(exception);
    }

    [Fact]
    public async Task ValidateRequest_TokensFromInstanceWithOtherDatabase_Fails()
    {
        await using var stranger = new PortalAppFactory();
        await stranger.InitializeAsync();
        var request = AntiforgeryPost.IssuedBy(stranger);

        var exception = await Record.ExceptionAsync(() => request.ValidateOnAsync(instanceA));

        Assert.IsType<AntiforgeryValidationException>(exception);
    }

    private static IDataProtector Protector(PortalAppFactory instance) =>
        instance.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    /// <summary>An antiforgery cookie and request token, as a browser would post them back.</summary>
    private sealed record AntiforgeryPost(string CookieToken, string RequestToken, string HeaderName)
    {
        public static AntiforgeryPost IssuedBy(PortalAppFactory instance)
        {
            using var scope = instance.Services.CreateScope();
            var tokens = scope.ServiceProvider.GetRequiredService<IAntiforgery>().GetAndStoreTokens(HttpsContext(scope));
            return new AntiforgeryPost(tokens.CookieToken!, tokens.RequestToken!, tokens.HeaderName!);
        }

        public async Task ValidateOnAsync(PortalAppFactory instance)
        {
            using var scope = instance.Services.CreateScope();
            var cookieName = scope.ServiceProvider.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name;
            var context = HttpsContext(scope);
            context.Request.Method = HttpMethods.Post;
            context.Request.Headers.Cookie = $"{cookieName}={CookieToken}";
            context.Request.Headers[HeaderName] = RequestToken;
            await scope.ServiceProvider.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
        }

        private static DefaultHttpContext HttpsContext(IServiceScope scope) => new()
        {
            RequestServices = scope.ServiceProvider,
            Request = { Scheme = "https", Host = new HostString("localhost") },
        };
    }
}
