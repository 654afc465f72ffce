using System.Net;
using System.Net.Sockets;
using MsixPortal.Infrastructure.Startup;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Infrastructure;

/// <summary>
/// security.md 44: the portal's executable, started in Production, refuses to serve with an unsafe
/// setting (clear message, exit code not 0) and serves once every setting is right.
/// </summary>
public sealed class ProductionStartupTests(PortalAppFactory database) : IClassFixture<PortalAppFactory>, IDisposable
{
    private const string CertificatePassword = "test-only-pfx-password";
    private const string PublicHost = "msix.example.gov";
    private readonly string _certificatePath = TestCertificates.WriteSelfSignedPfx(CertificatePassword);

    public static TheoryData<string, string?, string> UnsafeSettings => new()
    {
        { "DataProtection__CertificatePath", null, "DataProtection:CertificatePath" },
        { "Portal__BaseUrl", null, "Portal:BaseUrl is not set" },
        { "Portal__BaseUrl", $"http://{PublicHost}", "https://" },
        { "Portal__BaseUrl", "https://127.0.0.1:5080", "loopback" },
        { "Portal__BaseUrl", "https://localhost", "loopback" },
        { "AllowedHosts", "*", "AllowedHosts" },
        { "AllowedHosts", null, "AllowedHosts" },
        { "ConnectionStrings__Portal", "Host=db;Database=msix_portal;Username=msix_app;Password=msix_app_demo_password", "ConnectionStrings:Portal uses a placeholder password" },
        { "ConnectionStrings__PortalMigrations", "Host=db;Database=msix_portal;Username=msix_owner;Password=changeme", "ConnectionStrings:PortalMigrations uses a placeholder password" },
    };

    [Theory]
    [MemberData(nameof(UnsafeSettings))]
    public async Task Start_InProductionWithAnUnsafeSetting_RefusedWithClearMessage(string name, string? value, string message)
    {
        var settings = SafeSettings(FreePort());
        if (value is null)
        {
            settings.Remove(name);
        }
        else
        {
            settings[name] = value;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var portal = PortalExecutable.Start(settings, "--environment", "Production");
        var error = portal.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await portal.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!portal.HasExited)
            {
                portal.Kill(entireProcessTree: true);
            }
        }

        Assert.Equal(ProductionSettingsCheck.RefusedExitCode, portal.ExitCode);
        Assert.Contains("refuses to start in Production", await error, StringComparison.Ordinal);
        Assert.Contains(message, await error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InProductionWithSafeSettings_ServesOnlyItsAllowedHosts()
    {
        var port = FreePort();
        using var portal = PortalExecutable.Start(SafeSettings(port), "--environment", "Production");
        _ = portal.StandardOutput.ReadToEndAsync();
        _ = portal.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var live = await WaitForLiveAsync(client, portal);
            using var otherHost = new HttpRequestMessage(HttpMethod.Get, "/health/live");
            otherHost.Headers.Host = "evil.example";
            using var refused = await client.SendAsync(otherHost);

            Assert.Equal(HttpStatusCode.OK, live);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
        finally
        {
            portal.Kill(entireProcessTree: true);
        }
    }

    public void Dispose() => File.Delete(_certificatePath);

    private Dictionary<string, string> SafeSettings(int port) => new()
    {
        ["ConnectionStrings__Portal"] = database.AppConnectionString,
        ["ConnectionStrings__PortalMigrations"] = database.ConnectionString,
        ["DataProtection__CertificatePath"] = _certificatePath,
        ["DataProtection__CertificatePassword"] = CertificatePassword,
        ["Portal__BaseUrl"] = $"https://{PublicHost}",
        ["AllowedHosts"] = $"{PublicHost};127.0.0.1",
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
    };

    private static async Task<HttpStatusCode> WaitForLiveAsync(HttpClient client, System.Diagnostics.Process portal)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !portal.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/health/live");
                return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(250);
            }
        }
        throw new TimeoutException($"The portal did not answer within 60 s (exited: {portal.HasExited}).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
