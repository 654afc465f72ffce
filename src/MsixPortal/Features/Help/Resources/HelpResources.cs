using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Features.Account.Apply;
using MsixPortal.Features.Records.Export;
using MsixPortal.Features.Records.Export.Csv;

namespace MsixPortal.Features.Help.Resources;

/// <summary>A file to download: its bytes, type and name.</summary>
public sealed record HelpResourceFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// The downloads of the help centre. Each is made from what the portal itself uses, so none can
/// drift: the submission guide, XSD and examples are docs/submissions/ embedded at build time; the
/// code lists are read from the code-set tables; the application summary lists the application
/// form's own fields.
/// </summary>
public sealed class HelpResources(PortalDbContext db)
{
    private const string EmbeddedPrefix = "Submissions.";

    /// <summary>The file names served under /help/resources/, as the Resources help page links them.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "application-summary.pdf", "submission-format.md", "submission.xsd", "submission.example.xml",
        "submission.example.json", "code-lists.csv", "recruiter-card.pdf",
    ];

    public async Task<HelpResourceFile?> FindAsync(string name, CancellationToken cancellationToken) => name switch
    {
        "application-summary.pdf" => new(ApplicationSummary(), "application/pdf", name),
        "recruiter-card.pdf" => new(RecruiterCard.Render(), "application/pdf", name),
        "code-lists.csv" => new(await CodeListsAsync(cancellationToken), "text/csv; charset=utf-8", name),
        "submission-format.md" => Embedded(name, "text/markdown; charset=utf-8"),
        "submission.xsd" => Embedded(name, "application/xml"),
        "submission.example.xml" => Embedded(name, "application/xml"),
        "submission.example.json" => Embedded(name, "application/json"),
        _ => null,
    };

    private async Task<byte[]> CodeListsAsync(CancellationToken cancellationToken)
    {
        var values = await db.CodeSetValues.AsNoTracking().OrderBy(v => v.CodeSet).ThenBy(v => v.SortOrder).ThenBy(v => v.Code)
            .Select(v => new object?[] { v.CodeSet, v.Code, v.Label }).ToListAsync(cancellationToken);
        var table = new ExportTable("Code lists", "code-lists",
            [new("code_set", ExportCellKind.Text), new("code", ExportCellKind.Text), new("label", ExportCellKind.Text)], values);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) { NewLine = "\r\n" })
        {
            CsvZipRenderer.WriteTable(writer, table);
        }
        return stream.ToArray();
    }

    private static byte[] ApplicationSummary()
    {
        var fields = typeof(ApplyInputModel).GetProperties()
            .Select(p => p.GetCustomAttribute<DisplayAttribute>()?.Name)
            .OfType<string>()
            .Select(name => $"• {name}")
            .ToList();
        return ResourcePdf.Render("Applying for an MSIX Portal account",
            "Have this information ready before you open /account/apply. A user administrator of your State reviews the application and checks it with your supervisor.",
            [
                new("What the application asks", fields),
                new("After you apply",
                [
                    "• When your application is approved, you receive an email with a link that works once.",
                    "• The link lets you choose a password and set up an authenticator app (QR code or typed key).",
                    "• Save the ten recovery codes the portal then shows you: each lets you sign in once without the app.",
                    "• Every year, and whenever the Rules of Behavior change, you confirm your training and accept the rules again.",
                ]),
            ]);
    }

    private static HelpResourceFile? Embedded(string name, string contentType)
    {
        using var stream = typeof(HelpResources).Assembly.GetManifestResourceStream(EmbeddedPrefix + name);
        if (stream is null)
        {
            return null;
        }
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new HelpResourceFile(copy.ToArray(), contentType, name);
    }
}
