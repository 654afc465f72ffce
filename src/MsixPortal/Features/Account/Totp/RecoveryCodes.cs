using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Features.Account.Totp;

/// <summary>
/// Ten one-time recovery codes per user, shown once and stored as SHA-256 hashes. Each code has
/// 80 random bits, so an unsalted fast hash is enough: there is nothing to guess offline.
/// </summary>
public sealed class RecoveryCodes(PortalDbContext db, TimeProvider clock)
{
    public const int Count = 10;
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Replaces the user's codes with new ones (added to the context; the caller saves) and returns them.</summary>
    public async Task<IReadOnlyList<string>> ReplaceAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await db.RecoveryCodes.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var codes = Enumerable.Range(0, Count).Select(_ => NewCode()).ToList();
        db.RecoveryCodes.AddRange(codes.Select(code => new RecoveryCode
        {
            UserId = userId,
            CodeHash = Hash(code),
            CreatedAt = now,
        }));
        return codes;
    }

    /// <summary>Marks the code used if it is one of the user's unused codes; atomic, so it works once.</summary>
    public async Task<bool> TryUseAsync(Guid userId, string code, CancellationToken cancellationToken = default)
    {
        var hash = Hash(code);
        var now = clock.GetUtcNow().UtcDateTime;
        var updated = await db.RecoveryCodes
            .Where(c => c.UserId == userId && c.CodeHash == hash && c.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), cancellationToken);
        return updated == 1;
    }

    public async Task<int> RemainingAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await db.RecoveryCodes.CountAsync(c => c.UserId == userId && c.UsedAt == null, cancellationToken);

    /// <summary>Two groups of eight characters, e.g. "K7QM-2XPA-..." without look-alike letters.</summary>
    private static string NewCode()
    {
        var chars = RandomNumberGenerator.GetString(Alphabet, 16);
        return $"{chars[..8]}-{chars[8..]}";
    }

    private static string Hash(string code)
    {
        var normalized = new string(code.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
