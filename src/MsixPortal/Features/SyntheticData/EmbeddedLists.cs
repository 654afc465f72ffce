using System.Reflection;

namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// Reads the generator's data files (names, places), embedded in the assembly as
/// <c>SyntheticData.&lt;file&gt;</c>: one entry per line, tab-separated fields, '#' starts a comment line.
/// </summary>
internal static class EmbeddedLists
{
    public static IReadOnlyList<string[]> ReadRows(string fileName) =>
        ReadLines(fileName).Select(line => line.Split('\t')).ToArray();

    public static IReadOnlyList<string> ReadLines(string fileName)
    {
        var resource = "SyntheticData." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded data file {resource} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line.Trim());
            }
        }
        return lines;
    }
}
