using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MsixPortal.Infrastructure.Email;

namespace MsixPortal.Tests.Infrastructure;

public class EmailSenderTests
{
    private static readonly PortalEmail Email = new("someone@example.org", "MSIX Portal: test", "Hello from the portal.");

    [Fact]
    public async Task Smtp_Configured_DeliversTheMessageToTheServer()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var server = ReceiveOneMessageAsync(listener);
        var options = Options.Create(new EmailOptions
        {
            From = "MSIX Portal <no-reply@msix.example>",
            Smtp = new EmailOptions.SmtpOptions { Host = "127.0.0.1", Port = ((IPEndPoint)listener.LocalEndpoint).Port, UseTls = false },
        });

        await new SmtpEmailSender(options, NullLogger<SmtpEmailSender>.Instance).SendAsync(Email);
        var transcript = await server;

        Assert.Contains("RCPT TO:<someone@example.org>", transcript, StringComparison.Ordinal);
        Assert.Contains("Subject: MSIX Portal: test", transcript, StringComparison.Ordinal);
        Assert.Contains("Hello from the portal.", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PickupFolder_NoSmtp_WritesAnEmlFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"msix-mail-test-{Guid.NewGuid():N}");
        var sender = new PickupFolderEmailSender(Options.Create(new EmailOptions { PickupDirectory = folder }),
            new TestHostEnvironment(), TimeProvider.System, NullLogger<PickupFolderEmailSender>.Instance);

        await sender.SendAsync(Email);
        var message = MimeKit.MimeMessage.Load(Directory.GetFiles(folder, "*.eml").Single());
        Directory.Delete(folder, recursive: true);

        Assert.Equal("someone@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal("Hello from the portal.", message.TextBody?.Trim());
    }

    /// <summary>Just enough SMTP (RFC 5321) for one message; returns what the client sent.</summary>
    private static async Task<string> ReceiveOneMessageAsync(TcpListener listener)
    {
        using var client = await listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        var transcript = new StringBuilder();
        await writer.WriteLineAsync("220 test ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            transcript.AppendLine(line);
            if (line.StartsWith("EHLO", StringComparison.OrdinalIgnoreCase))
            {
                await writer.WriteLineAsync("250 test");
            }
            else if (line.StartsWith("DATA", StringComparison.OrdinalIgnoreCase))
            {
                await writer.WriteLineAsync("354 go ahead");
                while (await reader.ReadLineAsync() is { } data && data != ".")
                {
                    transcript.AppendLine(data);
                }
                await writer.WriteLineAsync("250 queued");
            }
            else if (line.StartsWith("QUIT", StringComparison.OrdinalIgnoreCase))
            {
                await writer.WriteLineAsync("221 bye");
                break;
            }
            else
            {
                await writer.WriteLineAsync("250 ok");
            }
        }
        return transcript.ToString();
    }

    private sealed class TestHostEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "MsixPortal";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } =
            new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
