using System.Security.Cryptography;
using MsixPortal.Features.Submissions.Format;

namespace MsixPortal.Features.Submissions;

/// <summary>
/// The upload copied to a temporary file (deleted on close) while its SHA-256 is computed, so the
/// idempotency check can answer before any parsing and the parser reads from disk, not memory.
/// </summary>
public sealed class StagedFile : IAsyncDisposable
{
    private readonly FileStream _file;

    private StagedFile(FileStream file, string sha256)
    {
        _file = file;
        Sha256 = sha256;
    }

    public string Sha256 { get; }

    public static async Task<StagedFile> CreateAsync(Stream upload, long maxBytes, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"msix-submission-{Guid.NewGuid():N}.tmp"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await upload.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw new SubmissionFileException(
                        $"The file is larger than the limit of {maxBytes / (1024 * 1024)} MB. Split it into several submissions.");
                }
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            await file.FlushAsync(cancellationToken);
            return new StagedFile(file, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>A new reader over the staged bytes from the start.</summary>
    public Stream OpenRead() =>
        new FileStream(_file.Name, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, FileOptions.Asynchronous);

    public ValueTask DisposeAsync() => _file.DisposeAsync();
}
