namespace MsixPortal.Infrastructure.DataProtection;

/// <summary>Says at startup, in Production, that the key ring is stored without encryption.</summary>
internal sealed class UnencryptedKeyRingWarning(ILogger<UnencryptedKeyRingWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning(
            "Data Protection keys are stored in PostgreSQL without encryption at rest: set " +
            "DataProtection__CertificatePath (a PKCS#12 file) and DataProtection__CertificatePassword.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
