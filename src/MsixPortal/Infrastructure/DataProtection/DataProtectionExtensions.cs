using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using MsixPortal.Data;

namespace MsixPortal.Infrastructure.DataProtection;

/// <summary>
/// One key ring for every instance of the portal: stored in PostgreSQL under a fixed application
/// name, so cookies and antiforgery tokens issued by one instance are read by the others and
/// survive restarts. Keys are encrypted at rest with a certificate when one is configured
/// (DataProtection:CertificatePath / DataProtection:CertificatePassword); see
/// docs/decisions/0002-data-protection-keys.md. Production refuses to serve without the certificate
/// (<see cref="Startup.ProductionSettingsCheck"/>).
/// </summary>
public static class DataProtectionExtensions
{
    public const string ApplicationName = "MsixPortal";

    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var dataProtection = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<PortalDbContext>();

        var certificate = LoadKeyEncryptionCertificate(configuration.GetSection("DataProtection"));
        if (certificate is not null)
        {
            // Linux has no certificate store lookup for decryption: name the certificate explicitly.
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        return services;
    }

    private static X509Certificate2? LoadKeyEncryptionCertificate(IConfigurationSection settings)
    {
        var path = settings["CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                "DataProtection:CertificatePath names a file that does not exist; fix it or remove the setting.");
        }
        return X509CertificateLoader.LoadPkcs12FromFile(path, settings["CertificatePassword"]);
    }
}
