namespace MsixPortal.Tests.Features.Search;

/// <summary>
/// Where the true child ranked for each query of a search quality test (1-based; int.MaxValue when
/// not on the first page of 20), and issue 4's bars: top 20 for ≥ 99 % of name + birth-date queries
/// and first for ≥ 90 % of them; top 20 for ≥ 97 % of name-only queries.
/// </summary>
internal sealed class SearchRanks(IReadOnlyList<int> ranks)
{
    public const int NotFound = int.MaxValue;

    public double Share(int top) => ranks.Count(r => r <= top) / (double)ranks.Count;

    public string Describe(string kind) =>
        FormattableString.Invariant($"{kind}: first {Share(1):P1}, top 20 {Share(20):P1} of {ranks.Count}");

    public void AssertNameAndBirthDateBar()
    {
        Assert.True(Share(20) >= 0.99, $"top 20: {Share(20):P1}");
        Assert.True(Share(1) >= 0.90, $"first: {Share(1):P1}");
    }

    public void AssertNameOnlyBar() => Assert.True(Share(20) >= 0.97, $"top 20: {Share(20):P1}");
}
