using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Features.Account.SignIn;

/// <summary>
/// A password hash that matches nothing, verified whenever there is no real hash to check
/// (unknown email, locked or disabled account), so those answers take as long as a real check.
/// A singleton (hashing once is the point), so it builds its own hasher with the portal's hasher
/// options instead of capturing Identity's scoped IPasswordHasher.
/// </summary>
public sealed class DummyPasswordHash(IOptions<PasswordHasherOptions> options)
{
    private readonly PasswordHasher<PortalUser> _hasher = new(options);
    private string? _hash;

    public void Verify(string password)
    {
        _hash ??= _hasher.HashPassword(new PortalUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        _hasher.VerifyHashedPassword(new PortalUser(), _hash, password);
    }
}
