using System.Text;

namespace MsixPortal.Features.Submissions.Api.Description;

/// <summary>
/// The documented format files of docs/submissions (XSD and examples), embedded in the portal so that
/// the API serves the XSD at a stable URL and its description shows the very examples the docs show.
/// </summary>
public static class SubmissionFormatFiles
{
    public const string Xsd = "submission.xsd";
    public const string XmlExample = "submission.example.xml";
    public const string JsonExample = "submission.example.json";

    public static string Read(string name)
    {
        using var stream = typeof(SubmissionFormatFiles).Assembly.GetManifestResourceStream("Submissions." + name)
            ?? throw new InvalidOperationException($"The embedded format file {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
