using Microsoft.AspNetCore.DataProtection;
using OtpNet;

namespace MsixPortal.Features.Account.Totp;

/// <summary>
/// TOTP shared keys: 160 random bits, shown to the user in Base32, stored only encrypted with Data
/// Protection (Identity's token store would keep them in plain text, dotnet/aspnetcore#5815).
/// </summary>
public sealed class AuthenticatorKeys(IDataProtectionProvider dataProtection)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("MsixPortal.AuthenticatorKey.v1");

    /// <summary>A new key as the Base32 text the user types into an authenticator app.</summary>
    public static string NewBase32Key() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    public string Protect(string base32Key) => _protector.Protect(base32Key);

    public string UnprotectBase32(string protectedKey) => _protector.Unprotect(protectedKey);

    public byte[] Unprotect(string protectedKey) => Base32Encoding.ToBytes(UnprotectBase32(protectedKey));
}
