using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Security;

/// <summary>
/// security.md 25: Razor encodes everything it writes unless told not to. This scan finds every
/// way of telling it not to in the app's source; none may exist, so user data is always escaped.
/// </summary>
public class RawHtmlScanTests
{
    private static readonly string[] Bypasses = ["Html.Raw(", "new HtmlString(", "HtmlContentBuilder().AppendHtml(", "@Html.Raw"];

    [Fact]
    public void AppSource_HasNoRawHtmlOutput()
    {
        var source = Path.Combine(RepositoryRoot.Path, "src");

        var findings = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".cshtml", StringComparison.Ordinal) || file.EndsWith(".cs", StringComparison.Ordinal))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(found => Bypasses.Any(bypass => found.line.Contains(bypass, StringComparison.Ordinal)))
            .Select(found => $"{Path.GetRelativePath(RepositoryRoot.Path, found.file)}:{found.number}: {found.line.Trim()}")
            .ToList();

        Assert.True(findings.Count == 0, "Raw HTML output found:\n" + string.Join('\n', findings));
    }
}
