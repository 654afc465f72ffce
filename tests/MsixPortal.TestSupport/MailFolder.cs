using MimeKit;

namespace MsixPortal.TestSupport;

/// <summary>The .eml files the app under test wrote to its pickup folder (Email:PickupDirectory).</summary>
public sealed class MailFolder(string path)
{
    public string Path { get; } = path;

    public IReadOnlyList<MimeMessage> All() =>
        Directory.Exists(Path)
            ? Directory.GetFiles(Path, "*.eml").Order(StringComparer.Ordinal).Select(file => MimeMessage.Load(file)).ToList()
            : [];

    public IReadOnlyList<MimeMessage> To(string address) =>
        All().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>The newest message to <paramref name="address"/>, waiting a little for background senders.</summary>
    public async Task<MimeMessage> LatestToAsync(string address, int expectedCount = 1)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var messages = To(address);
            if (messages.Count >= expectedCount)
            {
                return messages[^1];
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"No email #{expectedCount} arrived for the test address within 5 s.");
    }

    /// <summary>The first portal link (https://... or http://...) in a message's text body.</summary>
    public static Uri LinkIn(MimeMessage message)
    {
        var text = message.TextBody ?? "";
        var start = text.IndexOf("http", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("The email has no link.");
        }
        var end = text.IndexOfAny([' ', '\r', '\n'], start);
        return new Uri(end < 0 ? text[start..] : text[start..end]);
    }

    public void Delete()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
