using MsixPortal.Data;
using MsixPortal.Features.Search;
using MsixPortal.Features.SyntheticData;
using MsixPortal.Features.SyntheticData.GroundTruth;
using MsixPortal.Features.SyntheticData.Loading;
using MsixPortal.TestSupport;
using Xunit.Abstractions;

namespace MsixPortal.Tests.Features.Search;

/// <summary>
/// The synthetic generator's population (families, twins, nicknames, accents, compound and two
/// surnames, each State's record varying from the true child) loaded as the generate command loads
/// it, with its ground truth: which MSIX ID each true child is.
/// </summary>
public sealed class GeneratedPopulationFixture : IAsyncLifetime
{
    public const int Students = 8_000;

    public string ConnectionString { get; private set; } = "";

    public SyntheticGroundTruth Truth { get; private set; } = new([], []);

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.InstanceAsync();
        ConnectionString = await server.CreateDatabaseAsync("search_quality_generated");
        Truth = await SyntheticDataLoader.LoadAsync(ConnectionString, Students, seed: 23);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// Issue 4's quality bar on the generator's ground truth: a true child's identity typed the way staff
/// type it (accents dropped, sound-alikes, hyphens, surname order, nicknames, date slips) must find
/// that child's MSIX ID in the top 20 for ≥ 99 % of name + birth-date queries and ≥ 97 % of name-only
/// queries, and first for ≥ 90 % of name + birth-date queries.
/// </summary>
public class GeneratedPopulationSearchQualityTests(GeneratedPopulationFixture population, ITestOutputHelper output)
    : IClassFixture<GeneratedPopulationFixture>
{
    private const int Queries = 300;

    [Fact]
    public async Task Search_GeneratedChildrenByNameAndBirthDate_TrueChildInTop20And90PercentFirst()
    {
        var typing = new StaffTyping(31);

        var ranks = await RanksAsync(child => new SearchCriteria
        {
            FirstName = typing.FirstName(child.FirstName),
            LastName = typing.LastName(child.LastName1, child.LastName2),
            BirthDate = typing.BirthDate(child.BirthDate),
        }, seed: 41);

        output.WriteLine(ranks.Describe("name+dob"));
        ranks.AssertNameAndBirthDateBar();
    }

    [Fact]
    public async Task Search_GeneratedChildrenByNameOnly_TrueChildInTop20()
    {
        var typing = new StaffTyping(32);

        var ranks = await RanksAsync(child => new SearchCriteria
        {
            FirstName = typing.FirstName(child.FirstName),
            LastName = typing.LastName(child.LastName1, child.LastName2),
        }, seed: 42);

        output.WriteLine(ranks.Describe("name only"));
        ranks.AssertNameOnlyBar();
    }

    /// <summary>The rank of each picked child, typed by <paramref name="type"/>.</summary>
    private async Task<SearchRanks> RanksAsync(Func<TrueChild, SearchCriteria> type, int seed)
    {
        var random = new Random(seed);
        var children = population.Truth.Children;
        var ranks = new List<int>();
        for (var i = 0; i < Queries; i++)
        {
            var child = children[random.Next(children.Count)];
            await using var db = new PortalDbContext(PortalDbContextOptions.For(population.ConnectionString));
            var page = await new StudentMatcher(db).FindAsync(type(child), 1, 20);
            var found = (await new SearchResultDetails(db).LoadAsync(page.Matches)).Select(r => r.MsixId).ToList();
            var index = found.IndexOf(child.MsixId!);
            ranks.Add(index < 0 ? SearchRanks.NotFound : index + 1);
        }
        return new SearchRanks(ranks);
    }
}
