using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MsixPortal.TestSupport;

/// <summary>Throwaway certificates for the Data Protection key-encryption setting.</summary>
public static class TestCertificates
{
    /// <summary>Writes a fresh self-signed PKCS#12 file protected by <paramref name="password"/> to the temp folder; the caller deletes it.</summary>
    public static string WriteSelfSignedPfx(string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=MsixPortal test key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(Path.GetTempPath(), $"msix-dp-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }
}
