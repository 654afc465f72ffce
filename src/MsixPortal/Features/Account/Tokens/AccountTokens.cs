using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Features.Account.Tokens;

/// <summary>
/// Single-use, expiring tokens for emailed links. The token (256 random bits) goes only into the
/// email; the database keeps its SHA-256. Issuing a new token voids the user's older ones of the
/// same purpose, and consuming is one conditional UPDATE, so a link works exactly once.
/// </summary>
public sealed class AccountTokens(PortalDbContext db, TimeProvider clock)
{
    public async Task<(string Token, DateTimeOffset ExpiresAt)> IssueAsync(
        Guid userId, AccountTokenPurpose purpose, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await db.AccountTokens.Where(t => t.UserId == userId && t.Purpose == purpose && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now.UtcDateTime), cancellationToken);
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        db.AccountTokens.Add(new AccountToken
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Purpose = purpose,
            TokenHash = Hash(token),
            CreatedAt = now.UtcDateTime,
            ExpiresAt = (now + lifetime).UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return (token, now + lifetime);
    }

    /// <summary>The user a still-valid token belongs to, without using it up (to show the form).</summary>
    public async Task<Guid?> PeekAsync(string? token, AccountTokenPurpose purpose, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.AccountTokens
            .Where(t => t.TokenHash == hash && t.Purpose == purpose && t.UsedAt == null && t.ExpiresAt > now)
            .Select(t => (Guid?)t.UserId)
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Uses the token up; true only for the one request that did.</summary>
    public async Task<bool> TryConsumeAsync(string token, AccountTokenPurpose purpose, CancellationToken cancellationToken = default)
    {
        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.AccountTokens
            .Where(t => t.TokenHash == hash && t.Purpose == purpose && t.UsedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken) == 1;
    }

    /// <summary>Hashes a token the way stored ones are; also used to spend equal time on unknown emails.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
