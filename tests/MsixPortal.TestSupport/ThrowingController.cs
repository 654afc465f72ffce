using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace MsixPortal.TestSupport;

/// <summary>
/// Test-only: GET <see cref="Path"/> throws, so a test can see what an unhandled exception shows
/// the user. It exists only in a factory that calls <see cref="AddTo"/>; the app has no such endpoint.
/// </summary>
[AllowAnonymous]
public sealed class ThrowingController : Controller
{
    public const string Path = "/test-only/throw";

    /// <summary>Text in the exception; it must never reach the response.</summary>
    public const string SecretDetail = "Npgsql secret detail at /srv/portal/Internal.cs line 42";

    [HttpGet(Path)]
    public IActionResult Throw() => throw new InvalidOperationException($"{SecretDetail} ({Request.Method})");

    /// <summary>Makes the controller part of the app under test (call from ConfigureTestServices).</summary>
    public static void AddTo(IServiceCollection services) =>
        services.AddControllersWithViews().AddApplicationPart(typeof(ThrowingController).Assembly);
}
