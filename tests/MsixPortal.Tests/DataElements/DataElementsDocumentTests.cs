using System.Globalization;
using System.Text.RegularExpressions;
using MsixPortal.DataElements;

namespace MsixPortal.Tests.DataElements;

/// <summary>
/// Checks the catalogue against the shared reference, shared/docs/data-elements.md, found in the
/// nearest folder above the solution that has it (CI clones it beside the repository).
/// </summary>
public partial class DataElementsDocumentTests
{
    [Fact]
    public void Catalogue_EveryMdeNumberInTheDocument_IsCatalogued()
    {
        var numbers = DocumentMdeNumbers() ?? Enumerable.Range(1, 76).ToList();

        var missing = numbers.Where(n => DataElementCatalogue.All.All(e => e.Number != n));

        Assert.Equal(Enumerable.Range(1, 76), numbers.Order());
        Assert.Empty(missing);
    }

    /// <summary>The numbers 1–76 of the document's table rows ("| 4 |", "| 33–35 |"), or null without the document.</summary>
    private static List<int>? DocumentMdeNumbers()
    {
        var document = FindDocument();
        if (document is null)
        {
            return null;
        }
        return File.ReadLines(document)
            .Select(line => TableRowNumber().Match(line))
            .Where(match => match.Success)
            .SelectMany(match => Range(match.Groups["first"].Value, match.Groups["last"].Value))
            .Where(n => n <= 76)
            .Distinct()
            .ToList();
    }

    private static IEnumerable<int> Range(string first, string last)
    {
        var from = int.Parse(first, CultureInfo.InvariantCulture);
        var to = last.Length == 0 ? from : int.Parse(last, CultureInfo.InvariantCulture);
        return Enumerable.Range(from, to - from + 1);
    }

    private static string? FindDocument()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MsixPortal.sln")))
        {
            directory = directory.Parent;
        }
        for (; directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "docs", "data-elements.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^\|\s*(?<first>\d+)(?:\s*[–-]\s*(?<last>\d+))?\s*\|")]
    private static partial Regex TableRowNumber();
}
