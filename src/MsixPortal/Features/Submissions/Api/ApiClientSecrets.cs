using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>
/// API client identifiers and secrets. A secret is 256 random bits, so a plain SHA-256 of it is
/// enough to store (nothing to brute-force, unlike a password) and cheap to check on every call.
/// </summary>
public static class ApiClientSecrets
{
    public static string NewClientId(string stateCode) =>
        $"msix-{stateCode.ToUpperInvariant()}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";

    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Verify(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));
}
