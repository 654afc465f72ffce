using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using MsixPortal.Data.Entities.Submissions;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>
/// API client identifiers and secrets. A secret is 256 random bits, so a plain SHA-256 of it is
/// enough to store (nothing to brute-force, unlike a password) and cheap to check on every call.
/// </summary>
public static class ApiClientSecrets
{
    /// <summary>A new client of <paramref name="stateCode"/> and its secret, to show once: only the secret's hash is stored.</summary>
    public static (ApiClient Client, string Secret) NewClient(string stateCode, string name, DateTime createdAt, Guid? createdByUserId)
    {
        var secret = NewSecret();
        var client = new ApiClient
        {
            ClientId = NewClientId(stateCode),
            SecretHash = Hash(secret),
            StateCode = stateCode,
            Name = name,
            CreatedAt = createdAt,
            CreatedByUserId = createdByUserId,
        };
        return (client, secret);
    }

    public static string NewClientId(string stateCode) =>
        $"msix-{stateCode.ToUpperInvariant()}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";

    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Verify(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));
}
