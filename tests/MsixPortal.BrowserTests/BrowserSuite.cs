namespace MsixPortal.BrowserTests;

/// <summary>
/// All browser tests share one running portal and one Chromium (and so run one at a time):
/// put <c>[Collection(BrowserSuite.Name)]</c> on every browser test class.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
