namespace MsixPortal.Features.DataRequests;

/// <summary>An accepted upload: its real type (from its first bytes, never from the browser) and content.</summary>
public sealed record InspectedAttachment(string ContentType, string Extension, byte[] Content);

/// <summary>
/// Accepts PDF, PNG and JPEG files up to <see cref="MaxBytes"/>, recognised by their magic bytes;
/// anything else (a renamed executable, an HTML file called .pdf) is refused with a reason.
/// </summary>
public static class AttachmentInspector
{
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly (byte[] Magic, string ContentType, string Extension)[] Known =
    [
        ("%PDF-"u8.ToArray(), "application/pdf", "pdf"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png", "png"),
        ([0xFF, 0xD8, 0xFF], "image/jpeg", "jpg"),
    ];

    /// <summary>The inspected file, or the reason it is refused.</summary>
    public static async Task<(InspectedAttachment? File, string? Problem)> InspectAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length == 0)
        {
            return (null, "The file is empty.");
        }
        if (file.Length > MaxBytes)
        {
            return (null, "The file is larger than 5 MB.");
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var match = Known.FirstOrDefault(k => content.AsSpan().StartsWith(k.Magic));
        return match.ContentType is null
            ? (null, "Attach a PDF, PNG or JPEG file.")
            : (new InspectedAttachment(match.ContentType, match.Extension, content), null);
    }
}
