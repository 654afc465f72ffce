using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Features.Account.SignIn;

/// <summary>
/// A password hash that matches nothing, verified whenever there is no real hash to check
/// (unknown email, locked or disabled account), so those answers take as long as a real check.
/// </summary>
public sealed class DummyPasswordHash(IPasswordHasher<PortalUser> hasher)
{
    private readonly string _hash = hasher.HashPassword(new PortalUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    public void Verify(string password) => hasher.VerifyHashedPassword(new PortalUser(), _hash, password);
}
