using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Features.Search;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Search;

/// <summary>Children who differ only in what the advanced filters choose, stored once.</summary>
public sealed class SearchFiltersFixture : PortalAppFactory
{
    public Dictionary<string, string> MsixIds { get; } = new(StringComparer.Ordinal);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        async Task Add(string key, Action<StateStudentRecord> change)
        {
            var record = SearchStudents.Record("Alex", "Morales", "Soto", new DateOnly(2013, 6, 2));
            change(record);
            MsixIds[key] = await SearchStudents.AddAsync(this, record);
        }

        await Add("girl", r => (r.Sex, r.BirthCountry, r.BirthState, r.MultipleBirth) = ("Female", "MX", null, false));
        await Add("boy", r => (r.Sex, r.BirthCountry, r.BirthState, r.MultipleBirth) = ("Male", "MX", null, false));
        await Add("texan", r => (r.Sex, r.BirthCountry, r.BirthState, r.MultipleBirth) = ("Female", "US", "TX", false));
        await Add("twin", r => (r.Sex, r.BirthCountry, r.BirthState, r.MultipleBirth) = ("Female", "MX", null, true));
        await Add("lincoln", r =>
        {
            (r.FirstName, r.LastName1, r.LastName2, r.BirthDate) = ("Rosa", "Ibarra", null, new DateOnly(2011, 1, 15));
            r.Enrollments.Add(new Enrollment
            {
                Sequence = 1, SubmittedAt = DateTime.UtcNow, EnrollmentDate = new DateOnly(2025, 9, 1), EnrollmentType = "01",
                SchoolOrProjectName = "Lincoln Elementary School",
            });
        });
    }
}

/// <summary>Advanced search filters what the user chose: the filters restrict, they do not only rank.</summary>
public class SearchFiltersTests(SearchFiltersFixture factory) : IClassFixture<SearchFiltersFixture>
{
    private static SearchCriteria Alex => new() { FirstName = "Alex", LastName = "Morales" };

    private async Task<IReadOnlyList<string>> FoundAsync(SearchCriteria criteria) =>
        (await SearchStudents.FindAsync(factory, criteria)).Select(id => factory.MsixIds.Single(m => m.Value == id).Key).Order().ToList();

    [Fact]
    public async Task Find_SexChosen_OnlyChildrenOfThatSex() =>
        Assert.Equal(["boy"], await FoundAsync(Alex with { Sex = "Male" }));

    [Fact]
    public async Task Find_BirthCountryChosen_OnlyChildrenBornThere() =>
        Assert.Equal(["texan"], await FoundAsync(Alex with { BirthCountry = "US" }));

    [Fact]
    public async Task Find_BirthStateChosen_OnlyChildrenBornThere() =>
        Assert.Equal(["texan"], await FoundAsync(Alex with { BirthState = "TX" }));

    [Fact]
    public async Task Find_MultipleBirthChosen_OnlyThoseRecordsThatSaySo()
    {
        Assert.Equal(["twin"], await FoundAsync(Alex with { MultipleBirth = true }));
        Assert.Equal(["boy", "girl", "texan"], await FoundAsync(Alex with { MultipleBirth = false }));
    }

    [Fact]
    public async Task Find_NoFilterChosen_EveryNamesake() =>
        Assert.Equal(["boy", "girl", "texan", "twin"], await FoundAsync(Alex));

    [Fact]
    public async Task Find_SchoolNameAlone_ChildrenEnrolledThere()
    {
        Assert.Equal(["lincoln"], await FoundAsync(new SearchCriteria { SchoolName = "lincoln elementary" }));
        Assert.True(new SearchInputModel { SchoolName = "Lincoln" }.ToCriteria().HasAnchor);
    }
}
