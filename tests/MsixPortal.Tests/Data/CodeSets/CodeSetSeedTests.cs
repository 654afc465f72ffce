using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Data.CodeSets;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Data.CodeSets;

public class CodeSetSeedTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Migrations_GradeLevel_KindergartenThroughTwelfthInOrder()
    {
        var codes = await CodesAsync(CodeSetNames.GradeLevel);

        string[] school = ["KG", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"];
        Assert.Equal(school, codes.SkipWhile(c => c != "KG").Take(school.Length));
    }

    [Fact]
    public async Task Migrations_MedicalAlert_ChronicAcuteNone()
    {
        var codes = await CodesAsync(CodeSetNames.MedicalAlert);

        Assert.Equal(["Chronic", "Acute", "None"], codes);
    }

    [Fact]
    public async Task Migrations_UsStates_FiftyStatesDcAndTerritories()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        var kinds = await db.CodeSetValues.Where(v => v.CodeSet == CodeSetNames.UsState)
            .ToDictionaryAsync(v => v.Code, v => v.Extra);

        Assert.Equal(50, kinds.Values.Count(k => k == "state"));
        Assert.All(["TX", "CA", "DC", "PR", "GU", "VI", "AS", "MP"], code => Assert.True(kinds.ContainsKey(code), code));
    }

    [Fact]
    public async Task Migrations_Countries_FullIsoListWithAlpha3()
    {
        var codes = await CodesAsync(CodeSetNames.Country);

        Assert.Equal(249, codes.Count);
        Assert.All(["US", "MX", "GT", "HN", "SV", "HT", "NI", "CO", "PE", "EC", "DO", "CU", "CN", "VN", "PH", "IN"],
            code => Assert.Contains(code, codes));
    }

    [Fact]
    public async Task Migrations_EverySeededSet_MatchesTheSeedClasses()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        var counts = await db.CodeSets.Select(s => new { s.Name, s.Certainty, Count = s.Values.Count })
            .ToDictionaryAsync(s => s.Name);

        Assert.Equal(CodeSetSeed.All.Count, counts.Count);
        Assert.All(CodeSetSeed.All, set =>
        {
            Assert.Equal(set.Values.Count, counts[set.Name].Count);
            Assert.Equal(set.Certainty.ToString(), counts[set.Name].Certainty);
        });
    }

    private async Task<List<string>> CodesAsync(string codeSet)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.CodeSetValues.Where(v => v.CodeSet == codeSet).OrderBy(v => v.SortOrder).Select(v => v.Code).ToListAsync();
    }
}
