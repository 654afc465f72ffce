using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using OtpNet;

namespace MsixPortal.TestSupport;

/// <summary>Computes TOTP codes as a person's authenticator app would, at the app's (possibly fake) time.</summary>
public static class TestAuthenticator
{
    public const int StepSeconds = 30;

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The code for the time step <paramref name="stepOffset"/> steps from now.</summary>
    public static string Code(string base32Key, TimeProvider clock, int stepOffset = 0) =>
        new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp(
            clock.GetUtcNow().UtcDateTime.AddSeconds(stepOffset * StepSeconds));

    /// <summary>
    /// A code the portal has not seen yet: now, or the next step when this user already used the
    /// current one (a test may sign the same user in twice within 30 s).
    /// </summary>
    public static async Task<string> UnusedCodeAsync(IServiceProvider services, Guid userId, string base32Key)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        await using var scope = services.CreateAsyncScope();
        var lastStep = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users
            .Where(u => u.Id == userId).Select(u => u.LastTotpStep).SingleAsync();
        var offset = lastStep is null ? 0 : (int)Math.Max(0, lastStep.Value + 1 - StepAt(clock.GetUtcNow()));
        if (offset > 1)
        {
            throw new InvalidOperationException("This user used a code ahead of the window; wait or advance the clock.");
        }
        return Code(base32Key, clock, offset);
    }
}
