using MsixPortal.Features.Search;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Search;

/// <summary>Children stored once, with look-alike neighbours, for the name-variation tests.</summary>
public sealed class NameMatchingFixture : PortalAppFactory
{
    public Dictionary<string, string> MsixIds { get; } = new(StringComparer.Ordinal);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        async Task Add(string key, string first, string last1, string? last2 = null) =>
            MsixIds[key] = await SearchStudents.AddAsync(this, SearchStudents.Record(first, last1, last2));

        await Add("lissete", "Lissete", "Ramírez", "Soto");
        await Add("lisa", "Lisa", "Ramírez", "Soto");
        await Add("jimenez", "María", "Jiménez", "Flores");
        await Add("mario", "Mario", "Jiménez", "Flores");
        await Add("yesenia", "Yesenia", "Vázquez", "Ortiz");
        await Add("vasco", "Yesenia", "Vasco", "Ortiz");
        await Add("munoz", "José", "Muñoz");
        await Add("garcialopez", "Pedro", "García", "López");
        await Add("garcia", "Pedro", "Garza", "Luna");
        await Add("delacruz", "Juan", "de la Cruz", "Reyes");
        await Add("deltoro", "Ana", "Del Toro");
        await Add("ocampo", "Ana Lucía", "O'Campo");
        await Add("hyphen", "Ana-María", "Castro-Peña");
        await Add("jesus", "Jesús", "Hernández");
        await Add("guadalupe", "Guadalupe", "Morales");
        await Add("francisco", "Francisco", "Aguilar");
        await Add("guillermo", "Guillermo", "Salinas");
        await Add("chuy", "Chuy", "Navarro");
    }
}

public class NameMatchingTests(NameMatchingFixture factory) : IClassFixture<NameMatchingFixture>
{
    [Theory]
    [InlineData("Lissete", "Ramirez", "lissete")]
    [InlineData("Lizete", "Ramirez", "lissete")]
    [InlineData("Liz-et", "Ramirez", "lissete")]
    [InlineData("Lisette", "Ramírez", "lissete")]
    [InlineData("Maria", "Gimenez", "jimenez")]
    [InlineData("María", "Ximenez", "jimenez")]
    [InlineData("Maria", "Jimenez", "jimenez")]
    [InlineData("Llesenia", "Vazquez", "yesenia")]
    [InlineData("Yesenia", "Basquez", "yesenia")]
    [InlineData("Jose", "Munoz", "munoz")]
    [InlineData("JOSÉ", "muñoz", "munoz")]
    public async Task Find_SpellingOrSoundVariant_TrueChildFirst(string first, string last, string expected)
    {
        var found = await SearchStudents.FindAsync(factory, new SearchCriteria { FirstName = first, LastName = last });

        Assert.Equal(factory.MsixIds[expected], SearchStudents.First(found));
    }

    [Theory]
    [InlineData("Pedro", "García López")]
    [InlineData("Pedro", "Lopez Garcia")]
    [InlineData("Pedro", "Lopez")]
    [InlineData("Pedro", "Garcia")]
    [InlineData("Pedro", "GarciaLopez")]
    [InlineData("Pedro", "Garcia-Lopez")]
    public async Task Find_TwoSurnamesInAnyOrderOneOrJoined_TrueChildFirst(string first, string last)
    {
        var found = await SearchStudents.FindAsync(factory, new SearchCriteria { FirstName = first, LastName = last });

        Assert.Equal(factory.MsixIds["garcialopez"], SearchStudents.First(found));
    }

    [Theory]
    [InlineData("Juan", "De la Cruz", "delacruz")]
    [InlineData("Juan", "Delacruz", "delacruz")]
    [InlineData("Juan", "Cruz", "delacruz")]
    [InlineData("Juan", "de la Cruz Reyes", "delacruz")]
    [InlineData("Ana", "Del Toro", "deltoro")]
    [InlineData("Ana", "Deltoro", "deltoro")]
    [InlineData("Ana", "Toro", "deltoro")]
    [InlineData("Ana Lucia", "OCampo", "ocampo")]
    [InlineData("Ana Lucia", "O Campo", "ocampo")]
    [InlineData("Ana Maria", "Castro Pena", "hyphen")]
    [InlineData("AnaMaria", "CastroPeña", "hyphen")]
    public async Task Find_CompoundSurnameHyphenSpaceOrApostrophe_TrueChildFirst(string first, string last, string expected)
    {
        var found = await SearchStudents.FindAsync(factory, new SearchCriteria { FirstName = first, LastName = last });

        Assert.Equal(factory.MsixIds[expected], SearchStudents.First(found));
    }

    [Theory]
    [InlineData("Chuy", "Hernandez", "jesus")]
    [InlineData("Lupe", "Morales", "guadalupe")]
    [InlineData("Pancho", "Aguilar", "francisco")]
    [InlineData("Memo", "Salinas", "guillermo")]
    [InlineData("Jesus", "Navarro", "chuy")]
    public async Task Find_Nickname_FormalNameFoundAndExplained(string first, string last, string expected)
    {
        var page = await SearchStudents.MatchAsync(factory, new SearchCriteria { FirstName = first, LastName = last });
        var found = await SearchStudents.FindAsync(factory, new SearchCriteria { FirstName = first, LastName = last });

        Assert.Equal(factory.MsixIds[expected], SearchStudents.First(found));
        Assert.Contains("first name is a nickname", MatchReasons.Describe(page.Matches[0].Levels));
    }

    [Fact]
    public async Task Find_SoundAlikeLastName_ExplainsWhy()
    {
        var page = await SearchStudents.MatchAsync(factory, new SearchCriteria { FirstName = "Yesenia", LastName = "Basquez" });

        var reasons = MatchReasons.Describe(page.Matches[0].Levels);

        Assert.Contains("last name sounds alike", reasons);
        Assert.Contains("first name exact", reasons);
    }

    [Fact]
    public async Task Find_LastNameOnly_FindsEveryChildWithThatSurname()
    {
        var found = await SearchStudents.FindAsync(factory, new SearchCriteria { LastName = "Ramirez" });

        Assert.Contains(factory.MsixIds["lissete"], found);
        Assert.Contains(factory.MsixIds["lisa"], found);
    }

    [Fact]
    public async Task Find_FirstNameOnly_FindsTheChild()
    {
        var found = await SearchStudents.FindAsync(factory, new SearchCriteria { FirstName = "Lizete" });

        Assert.Equal(factory.MsixIds["lissete"], SearchStudents.First(found));
    }

    [Fact]
    public async Task Find_TypoThatChangesTheSound_FoundByTheRelaxedRetry()
    {
        var page = await SearchStudents.MatchAsync(factory, new SearchCriteria { FirstName = "Guillermo", LastName = "Salimas" });

        Assert.True(page.Relaxed);
        Assert.NotEmpty(page.Matches);
    }
}
