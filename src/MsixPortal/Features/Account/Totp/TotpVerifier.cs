using OtpNet;

namespace MsixPortal.Features.Account.Totp;

/// <summary>
/// RFC 6238 codes: 6 digits, 30 s steps, accepted one step either side of now (NIST 800-63B; not
/// Identity's ±90 s, dotnet/aspnetcore#54524). Replay protection is the caller's: it must move
/// the user's last accepted step forward atomically (<see cref="TotpStepRecorder"/>).
/// </summary>
public sealed class TotpVerifier(TimeProvider clock)
{
    private static readonly VerificationWindow OneStepEachSide = new(previous: 1, future: 1);

    /// <summary>The time step the code belongs to, or null when it matches none in the window.</summary>
    public long? MatchingStep(byte[] key, string code)
    {
        var digits = Normalize(code);
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }
        var totp = new OtpNet.Totp(key);
        return totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, digits, out var step, OneStepEachSide) ? step : null;
    }

    /// <summary>Authenticator apps show "123 456"; people type it that way.</summary>
    private static string Normalize(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
