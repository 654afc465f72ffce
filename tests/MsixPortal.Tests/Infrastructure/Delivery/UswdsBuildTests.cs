using System.Text.RegularExpressions;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Infrastructure.Delivery;

/// <summary>
/// Issue 25, point 3: the build compiles USWDS from its Sass with only what the portal uses
/// (src/MsixPortal/Styles/uswds.scss). Every USWDS class a view names still has its styles, so a view
/// that starts using another component fails here until the component is added to uswds.scss.
/// </summary>
public partial class UswdsBuildTests
{
    private static readonly string PortalDirectory = Path.Combine(RepositoryRoot.Path, "src", "MsixPortal");
    private static readonly string CompiledStylesheet = Path.Combine(PortalDirectory, "wwwroot", "lib", "uswds", "css", "uswds.min.css");
    private static readonly string CompleteStylesheet = Path.Combine(PortalDirectory, "node_modules", "@uswds", "uswds", "dist", "css", "uswds.min.css");

    [Fact]
    public void CompiledStylesheet_EveryUswdsClassTheViewsUse_IsStyled()
    {
        var compiled = File.ReadAllText(CompiledStylesheet);
        var complete = File.ReadAllText(CompleteStylesheet);

        // A class USWDS styles (in its complete stylesheet) that the portal's build left out.
        var missing = ViewClasses()
            .Where(name => Styles(complete, name))
            .Where(name => !Styles(compiled, name))
            .ToList();

        Assert.True(missing.Count == 0,
            $"Add the USWDS package or utility of these classes to Styles/uswds.scss: {string.Join(", ", missing)}");
    }

    [Fact]
    public void CompiledStylesheet_OnlyTheUsedComponentsAndOneFontFamily()
    {
        var compiled = File.ReadAllText(CompiledStylesheet);
        var complete = File.ReadAllText(CompleteStylesheet);
        var fontFiles = FontFile().Matches(compiled).Select(m => m.Value).Distinct().ToList();

        Assert.True(compiled.Length < complete.Length / 2, $"{compiled.Length:N0} bytes of {complete.Length:N0}");
        Assert.DoesNotContain(".usa-date-picker", compiled, StringComparison.Ordinal);
        Assert.DoesNotContain(".usa-modal", compiled, StringComparison.Ordinal);
        Assert.NotEmpty(fontFiles);
        Assert.All(fontFiles, file => Assert.StartsWith("source-sans-pro/", file, StringComparison.Ordinal));
    }

    [Fact]
    public void CompiledStylesheet_FontFaces_DisplayOptional()
    {
        var compiled = File.ReadAllText(CompiledStylesheet);

        // Each face once, with `optional` (no swap after the first paint, so no layout shift); not
        // USWDS's own `fallback` faces as well.
        var faces = FontFace().Matches(compiled).Select(m => m.Value).ToList();

        Assert.Equal(4, faces.Count);
        Assert.All(faces, face => Assert.Contains("font-display:optional", face, StringComparison.Ordinal));
    }

    /// <summary>The literal class names of every view (Razor expressions left out).</summary>
    private static List<string> ViewClasses() =>
        Directory.EnumerateFiles(Path.Combine(PortalDirectory, "Features"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => ClassAttribute().Matches(File.ReadAllText(file)))
            .SelectMany(match => match.Groups["names"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(name => ClassName().IsMatch(name))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Whether <paramref name="stylesheet"/> has a selector with the class (".name", the colon of a responsive prefix escaped).</summary>
    private static bool Styles(string stylesheet, string name) =>
        Regex.IsMatch(stylesheet, Regex.Escape("." + name.Replace(":", "\\:", StringComparison.Ordinal)) + "(?![\\w-])");

    [GeneratedRegex("class=\"(?<names>[^\"@]*)")]
    private static partial Regex ClassAttribute();

    [GeneratedRegex("^[a-z][a-z0-9:_-]*$")]
    private static partial Regex ClassName();

    [GeneratedRegex("@font-face\\{[^}]*\\}")]
    private static partial Regex FontFace();

    [GeneratedRegex("(?<=\\.\\./fonts/)[a-z-]+/[^)\"']+")]
    private static partial Regex FontFile();
}
