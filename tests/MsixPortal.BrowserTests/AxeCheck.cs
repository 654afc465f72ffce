using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MsixPortal.BrowserTests;

/// <summary>Runs axe-core in the page and fails on serious or critical violations.</summary>
internal static class AxeCheck
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();

        var blocking = result.Violations
            .Where(violation => BlockingImpacts.Contains(violation.Impact, StringComparer.OrdinalIgnoreCase))
            .ToList();
        Assert.True(blocking.Count == 0, $"axe found serious or critical violations on {page.Url}:\n{Describe(blocking)}");
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join('\n', violations.Select(v =>
        $"- {v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})"));
}
