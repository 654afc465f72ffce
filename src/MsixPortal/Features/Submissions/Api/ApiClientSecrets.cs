using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using MsixPortal.Data.Entities.Submissions;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>
/// API client identifiers, secrets and bearer tokens. A secret or token is 256 random bits, so a plain
/// SHA-256 of it is enough to store (nothing to brute-force, unlike a password) and cheap to check.
/// </summary>
public static class ApiClientSecrets
{
    /// <summary>Active secrets a client may hold at once: the one in use and its replacement.</summary>
    public const int MaxActiveSecrets = 2;

    /// <summary>A new client of <paramref name="stateCode"/> with its first secret, to show once: only the secret's hash is stored.</summary>
    public static (ApiClient Client, string Secret) NewClient(string stateCode, string name, DateTime createdAt, Guid? createdByUserId)
    {
        var client = new ApiClient
        {
            ClientId = NewClientId(stateCode),
            StateCode = stateCode,
            Name = name,
            CreatedAt = createdAt,
            CreatedByUserId = createdByUserId,
        };
        var (stored, secret) = NewSecret(createdAt);
        client.Secrets.Add(stored);
        return (client, secret);
    }

    /// <summary>A new secret (stored as its hash) and its value, to show once.</summary>
    public static (ApiClientSecret Stored, string Secret) NewSecret(DateTime createdAt)
    {
        var secret = NewRandomValue();
        return (new ApiClientSecret { SecretHash = Hash(secret), CreatedAt = createdAt }, secret);
    }

    public static string NewClientId(string stateCode) =>
        $"msix-{stateCode.ToUpperInvariant()}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";

    /// <summary>256 random bits, base64url: a secret or a bearer token.</summary>
    public static string NewRandomValue() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Verify(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));
}
