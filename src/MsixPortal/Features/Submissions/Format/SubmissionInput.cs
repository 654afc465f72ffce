using System.Text;

namespace MsixPortal.Features.Submissions.Format;

/// <summary>The two ways a submission can be written.</summary>
public enum SubmissionSyntax
{
    Xml,
    Json,
}

/// <summary>
/// Looks at the first bytes of an upload before any parser sees it: refuses compressed files (so
/// there is no zip bomb to defuse), UTF-16/UTF-32 and a document type declaration (the XML bomb's
/// carrier), and tells XML from JSON. The bytes looked at are replayed to the parser.
/// </summary>
public static class SubmissionInput
{
    private const int PeekBytes = 4096;

    public static async Task<(SubmissionSyntax Syntax, Stream Content)> OpenAsync(
        Stream upload, long maxBytes, CancellationToken cancellationToken)
    {
        var limited = new SizeLimitedStream(upload, maxBytes);
        var head = new byte[PeekBytes];
        var length = await limited.ReadAtLeastAsync(head, PeekBytes, throwOnEndOfStream: false, cancellationToken);
        var start = head.AsSpan(0, length);
        RefuseUnreadableStarts(start);
        var syntax = SniffSyntax(start);
        var content = new PrefixedStream(head.AsMemory(0, length), limited);
        return (syntax, content);
    }

    private static void RefuseUnreadableStarts(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith("PK"u8) || start.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) || start.StartsWith("7z"u8) || start.StartsWith("BZh"u8))
        {
            throw new SubmissionFileException(
                "Compressed files (zip, gzip, 7z, bzip2) are not accepted. Submit the XML or JSON file itself.");
        }
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || (start.Length > 1 && start[1] == 0))
        {
            throw new SubmissionFileException("The file is not encoded as UTF-8. Save it as UTF-8 and submit it again.");
        }
        if (start.IndexOf("<!DOCTYPE"u8) >= 0 || start.IndexOf("<!ENTITY"u8) >= 0)
        {
            throw new SubmissionFileException(
                "The file contains a document type declaration (DOCTYPE or ENTITY). These are not allowed; remove them.");
        }
    }

    private static SubmissionSyntax SniffSyntax(ReadOnlySpan<byte> start)
    {
        var text = start.StartsWith(Encoding.UTF8.Preamble) ? start[3..] : start;
        foreach (var b in text)
        {
            switch (b)
            {
                case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n':
                    continue;
                case (byte)'<':
                    return SubmissionSyntax.Xml;
                case (byte)'{':
                    return SubmissionSyntax.Json;
                default:
                    throw new SubmissionFileException("The file is neither XML nor JSON. Submit the file in the documented format.");
            }
        }
        throw new SubmissionFileException("The file is empty.");
    }
}
