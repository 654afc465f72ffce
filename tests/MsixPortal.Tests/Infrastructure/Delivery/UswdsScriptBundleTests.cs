using System.Net;
using System.Text.RegularExpressions;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;
using MsixPortal.Tests.Authorization;

namespace MsixPortal.Tests.Infrastructure.Delivery;

/// <summary>
/// Issue 25: the pages load one deferred script of USWDS, bundled by the build (esbuild) from
/// src/MsixPortal/Scripts/uswds.js with only the behaviours the views use, instead of the complete
/// uswds.min.js (79 KB, every component). A view that starts using a component with a behaviour
/// fails here until Scripts/uswds.js imports it.
/// </summary>
public partial class UswdsScriptBundleTests(AuthorizationMatrixFactory factory) : IClassFixture<AuthorizationMatrixFactory>
{
    private static readonly string PortalDirectory = Path.Combine(RepositoryRoot.Path, "src", "MsixPortal");
    private static readonly string Bundle = Path.Combine(PortalDirectory, "wwwroot", "lib", "uswds", "js", "uswds-portal.min.js");
    private static readonly string Entry = Path.Combine(PortalDirectory, "Scripts", "uswds.js");
    private static readonly string Packages = Path.Combine(PortalDirectory, "node_modules", "@uswds", "uswds", "packages");

    /// <summary>
    /// USWDS packages with a behaviour whose class the views use, but not the markup it acts on: the
    /// slim footer (the behaviour folds the big footer's link lists), a search form without the
    /// header's toggle button, buttons that are real buttons (the behaviour is for links with
    /// role="button"), and tables that are not sortable.
    /// </summary>
    private static readonly HashSet<string> UsedWithoutTheirBehaviour =
        ["usa-footer", "usa-search", "usa-button", "usa-table"];

    [Theory]
    [InlineData(AuthorizationMatrix.Anonymous, "/account/notice")]
    [InlineData(PortalRoles.MepStaff, "/search")]
    public async Task Page_Scripts_OnlyTheDeferredBundle(string caller, string path)
    {
        var page = await HtmlPage.GetAsync(factory.ClientFor(caller), path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var uswds = page.Document.QuerySelectorAll("script[src*='/lib/uswds/']").ToList();
        var script = Assert.Single(uswds);
        Assert.Matches("^/lib/uswds/js/uswds-portal\\.min\\.[a-z0-9]+\\.js$", script.GetAttribute("src"));
        Assert.True(script.HasAttribute("defer"));
    }

    [Fact]
    public async Task CompleteUswdsScript_NotServed()
    {
        using var response = await factory.ClientFor(AuthorizationMatrix.Anonymous).GetAsync("/lib/uswds/js/uswds.min.js");

        // Not a static asset: the anonymous caller is sent to the system use notice like any page.
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void Bundle_UsedBehavioursOnly()
    {
        var bundle = File.ReadAllText(Bundle);
        var complete = File.ReadAllText(Path.Combine(PortalDirectory, "node_modules", "@uswds", "uswds", "dist", "js", "uswds.min.js"));

        Assert.True(bundle.Length < complete.Length / 4, $"{bundle.Length:N0} bytes of {complete.Length:N0}");
        // USWDS builds its selectors from the prefix ("usa"): the names after it.
        foreach (var used in new[] { "-banner__header", "-menu-btn", "-accordion__button", "-file-input", "-skipnav" })
        {
            Assert.Contains(used, bundle, StringComparison.Ordinal);
        }

        foreach (var unused in new[] { "-date-picker", "-modal", "-combo-box", "-tooltip", "-character-count", "-time-picker" })
        {
            Assert.DoesNotContain(unused, bundle, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Entry_EveryBehaviourTheViewsNeed_Imported()
    {
        var imported = ImportedPackage().Matches(File.ReadAllText(Entry)).Select(m => m.Groups["package"].Value).ToHashSet(StringComparer.Ordinal);
        var viewClasses = Directory.EnumerateFiles(Path.Combine(PortalDirectory, "Features"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => ClassAttribute().Matches(File.ReadAllText(file)))
            .SelectMany(match => match.Groups["names"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);

        // A package with a behaviour (src/index.js) whose component class a view names.
        var missing = Directory.EnumerateDirectories(Packages, "usa-*")
            .Where(dir => File.Exists(Path.Combine(dir, "src", "index.js")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(package => viewClasses.Contains(package) && !UsedWithoutTheirBehaviour.Contains(package))
            .Where(package => !imported.Contains(package))
            .ToList();

        Assert.Contains("usa-header", imported);
        Assert.True(missing.Count == 0, $"Import these USWDS behaviours in Scripts/uswds.js: {string.Join(", ", missing)}");
    }

    [GeneratedRegex("from \"@uswds/uswds/js/(?<package>usa-[a-z-]+)\"")]
    private static partial Regex ImportedPackage();

    [GeneratedRegex("class=\"(?<names>[^\"@]*)")]
    private static partial Regex ClassAttribute();
}
