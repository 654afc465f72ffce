using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace MsixPortal.TestSupport;

/// <summary>
/// Test-only: adds GET <see cref="Path"/>, which throws, behind the app's own pipeline, so a test
/// can see what an unhandled exception shows the user. The app itself has no such endpoint.
/// </summary>
public sealed class ThrowingEndpoint : IStartupFilter
{
    public const string Path = "/test-only/throw";

    /// <summary>Text in the exception; it must never reach the response.</summary>
    public const string SecretDetail = "Npgsql secret detail at /srv/portal/Internal.cs line 42";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Map(Path, branch => branch.Run(_ => throw new InvalidOperationException(SecretDetail)));
    };
}
