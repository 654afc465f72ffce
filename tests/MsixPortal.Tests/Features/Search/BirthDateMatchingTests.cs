using MsixPortal.Features.Search;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Search;

/// <summary>Twins of name with different birth dates, so only the date decides.</summary>
public sealed class BirthDateMatchingFixture : PortalAppFactory
{
    public string April7 { get; private set; } = "";
    public string August19 { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        April7 = await SearchStudents.AddAsync(this, SearchStudents.Record("Carlos", "Mendoza", "Ruiz", new DateOnly(2012, 4, 7)));
        August19 = await SearchStudents.AddAsync(this, SearchStudents.Record("Carlos", "Mendoza", "Ruiz", new DateOnly(2012, 8, 19)));
        await SearchStudents.AddAsync(this, SearchStudents.Record("Rosa", "Ibarra", birthDate: new DateOnly(2012, 4, 7)));
    }
}

public class BirthDateMatchingTests(BirthDateMatchingFixture factory) : IClassFixture<BirthDateMatchingFixture>
{
    [Theory]
    [InlineData(2012, 4, 7, "birth date exact")]
    [InlineData(2012, 7, 4, "birth date with day and month swapped")]
    [InlineData(2012, 4, 17, "birth date one digit off")]
    [InlineData(2013, 4, 7, "birth date one digit off")]
    public async Task Find_NameWithBirthDateVariant_RightChildFirstWithReason(int year, int month, int day, string reason)
    {
        var criteria = new SearchCriteria { FirstName = "Carlos", LastName = "Mendoza", BirthDate = new DateOnly(year, month, day) };

        var page = await SearchStudents.MatchAsync(factory, criteria);
        var found = await SearchStudents.FindAsync(factory, criteria);

        Assert.Equal(factory.April7, SearchStudents.First(found));
        Assert.Contains(reason, MatchReasons.Describe(page.Matches[0].Levels));
    }

    [Fact]
    public async Task Find_BirthDateOnly_EveryChildBornThatDay()
    {
        var page = await SearchStudents.MatchAsync(factory, new SearchCriteria { BirthDate = new DateOnly(2012, 4, 7) });

        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task Find_NameWithBirthDateFarOff_StillFindsByNameInTheRelaxedRetry()
    {
        var page = await SearchStudents.MatchAsync(factory,
            new SearchCriteria { FirstName = "Carlos", LastName = "Mendoza", BirthDate = new DateOnly(1999, 12, 31) });

        Assert.True(page.Relaxed);
        Assert.Equal(2, page.Total);
    }

    [Theory]
    [InlineData(2012, 4, 7, 2012, 7, 4)]
    [InlineData(2012, 4, 4, null, null, null)]
    [InlineData(2012, 4, 13, null, null, null)]
    public void Swapped_DayAndMonth_OnlyWhenItIsADifferentDate(int year, int month, int day, int? sy, int? sm, int? sd)
    {
        var swapped = BirthDateVariants.Swapped(new DateOnly(year, month, day));

        Assert.Equal(sy is null ? null : new DateOnly(sy.Value, sm!.Value, sd!.Value), swapped);
    }

    [Fact]
    public void OneDigitOff_ValidDatesOnly()
    {
        var variants = BirthDateVariants.OneDigitOff(new DateOnly(2012, 4, 7));

        Assert.Contains(new DateOnly(2012, 4, 17), variants);
        Assert.Contains(new DateOnly(2013, 4, 7), variants);
        Assert.Contains(new DateOnly(2012, 9, 7), variants);
        Assert.DoesNotContain(new DateOnly(2012, 4, 7), variants);
        Assert.All(variants, v => Assert.InRange(v.Year, 1900, 2100));
    }
}
