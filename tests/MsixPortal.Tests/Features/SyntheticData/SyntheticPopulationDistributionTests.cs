using MsixPortal.Data.Entities.Search;
using MsixPortal.Features.SyntheticData;

namespace MsixPortal.Tests.Features.SyntheticData;

public class SyntheticPopulationDistributionTests(GeneratedPopulation population) : IClassFixture<GeneratedPopulation>
{
    [Fact]
    public void Children_FiveThousand_MostlyHispanicWithEveryOtherOriginPresent()
    {
        var origins = population.Children.GroupBy(c => c.Truth.Origin).ToDictionary(g => g.Key, g => (double)g.Count() / GeneratedPopulation.Count);

        Assert.InRange(origins[Origin.Hispanic], 0.65, 0.82);
        Assert.All(Enum.GetValues<Origin>(), origin => Assert.InRange(origins.GetValueOrDefault(origin), 0.02, 0.82));
    }

    [Fact]
    public void Children_FiveThousand_ZipfLikeFirstNamesWithAccents()
    {
        var names = population.Children.GroupBy(c => c.Truth.FirstName).Select(g => g.Count()).OrderDescending().ToList();

        Assert.InRange((double)names[0] / GeneratedPopulation.Count, 0.015, 0.08);
        Assert.True(names.Count > 300, $"only {names.Count} distinct first names");
        Assert.InRange(GeneratedPopulation.Share(population.Children, c => c.Truth.FirstName is "José" or "María" or "Jesús"), 0.03, 0.12);
        Assert.Contains(population.Children, c => c.Truth.LastName1.Contains(' ', StringComparison.Ordinal) || c.Truth.LastName2?.Contains(' ', StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Children_FiveThousand_ManyHaveTwoSurnamesFromTheirParents()
    {
        var twoSurnames = GeneratedPopulation.Share(population.Children, c => c.Truth.LastName2 is not null);
        var withBothParents = population.Children.Where(c => c.Truth.Parent1 is not null && c.Truth.Parent2 is not null && c.Truth.LastName2 is not null).ToList();

        Assert.InRange(twoSurnames, 0.5, 0.8);
        Assert.NotEmpty(withBothParents);
        Assert.All(withBothParents, c =>
        {
            Assert.Equal(c.Truth.Parent1!.LastName1, c.Truth.LastName1);
            Assert.Equal(c.Truth.Parent2!.LastName1, c.Truth.LastName2);
        });
    }

    [Fact]
    public void Children_FiveThousand_TwinsShareParentsAndBirthDateButNotFirstNames()
    {
        var byNumber = population.Children.ToDictionary(c => c.Truth.ChildNumber);
        var twins = population.Children.Where(c => c.Truth.TwinOf is { } other && byNumber.ContainsKey(other)).ToList();

        Assert.InRange((double)twins.Count / GeneratedPopulation.Count, 0.01, 0.06);
        Assert.All(twins, twin =>
        {
            var other = byNumber[twin.Truth.TwinOf!.Value].Truth;
            Assert.Equal(other.BirthDate, twin.Truth.BirthDate);
            Assert.Equal(other.FamilyNumber, twin.Truth.FamilyNumber);
            Assert.Equal(other.Parent1, twin.Truth.Parent1);
            Assert.Equal(other.BirthCity, twin.Truth.BirthCity);
            Assert.NotEqual(other.FirstName, twin.Truth.FirstName);
            Assert.All(twin.Records, r => Assert.NotEqual(false, r.Record.MultipleBirth));
        });
    }

    [Fact]
    public void Children_FiveThousand_OneToFourStatesAveragingAboutTwo()
    {
        var counts = population.Children.GroupBy(c => c.Records.Count).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal([1, 2, 3, 4], counts.Keys.Order());
        Assert.InRange(population.Records.Count / (double)GeneratedPopulation.Count, 1.9, 2.5);
        Assert.All(population.Children, c => Assert.Equal(c.Records.Count, c.Records.Select(r => r.Record.StateCode).Distinct().Count()));
    }

    [Fact]
    public void Children_FiveThousand_BornMostlyInTheUsThenMexicoAndCentralAmerica()
    {
        var countries = population.Children.GroupBy(c => c.Truth.BirthCountry).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();

        Assert.Equal(["US", "MX"], countries.Take(2));
        Assert.Subset(countries.Take(6).ToHashSet(), new HashSet<string> { "GT", "HN", "SV" });
    }

    [Fact]
    public void Records_FiveThousandChildren_EveryVariationKindOccurs()
    {
        var kinds = population.Records.SelectMany(r => r.Variations).ToHashSet();

        Assert.Equal(Enum.GetValues<VariationKind>().ToHashSet(), kinds);
    }

    [Fact]
    public void Records_FiveThousandChildren_VariationsInTheExpectedProportions()
    {
        var accented = population.Children.Where(c => !c.Truth.FirstName.All(char.IsAscii) || !c.Truth.LastName1.All(char.IsAscii)).SelectMany(c => c.Records);
        var twoSurnames = population.Children.Where(c => c.Truth.LastName2 is not null).SelectMany(c => c.Records);

        Assert.InRange(GeneratedPopulation.Share(population.Records, r => r.Variations.Count == 0), 0.25, 0.6);
        Assert.InRange(GeneratedPopulation.Share(accented, r => r.Variations.Contains(VariationKind.AccentsLost)), 0.3, 0.5);
        Assert.InRange(GeneratedPopulation.Share(twoSurnames, r => r.Variations.Contains(VariationKind.SecondSurnameDropped)), 0.08, 0.16);
        Assert.InRange(GeneratedPopulation.Share(population.Records, r => r.Variations.Any(v => v is VariationKind.BirthDateDayMonthSwapped or VariationKind.BirthDateDigitOff)), 0.01, 0.05);
    }

    [Fact]
    public void Records_AccentsLost_NoAccentLeftInTheChildsNames()
    {
        var stripped = population.Records.Where(r => r.Variations.Contains(VariationKind.AccentsLost)).ToList();

        Assert.NotEmpty(stripped);
        Assert.All(stripped, r => Assert.True($"{r.Record.FirstName}{r.Record.MiddleName}{r.Record.LastName1}{r.Record.LastName2}".All(char.IsAscii), r.Record.FirstName));
    }

    [Fact]
    public void Records_NoVariation_IdentityEqualsTheTruth()
    {
        var clean = population.Children.SelectMany(c => c.Records.Where(r => r.Variations.Count == 0).Select(r => (c.Truth, r.Record))).ToList();

        Assert.All(clean, pair =>
        {
            Assert.Equal((pair.Truth.FirstName, pair.Truth.MiddleName, pair.Truth.LastName1, pair.Truth.LastName2, pair.Truth.BirthDate),
                (pair.Record.FirstName, pair.Record.MiddleName, pair.Record.LastName1, pair.Record.LastName2, pair.Record.BirthDate));
        });
    }

    [Fact]
    public void Children_FiveThousand_SexFromTheCodeSetWithNonbinaryRare()
    {
        var female = GeneratedPopulation.Share(population.Children, c => c.Truth.Sex == "Female");

        Assert.InRange(female, 0.45, 0.55);
        Assert.All(population.Children, c => Assert.True(c.Truth.Sex is "Female" or "Male" or "Nonbinary", c.Truth.Sex));
        Assert.InRange(GeneratedPopulation.Share(population.Children, c => c.Truth.Sex == "Nonbinary"), 0, 0.005);
    }

    [Fact]
    public void Records_Nickname_AKnownNicknameOfTheTrueFirstName()
    {
        var known = SpanishNicknames.All.Select(n => (n.Nickname, n.FormalName)).ToHashSet();
        var nicknamed = population.Children
            .SelectMany(c => c.Records.Where(r => r.Variations.Contains(VariationKind.Nickname) && !r.Variations.Contains(VariationKind.FirstNameTypo)
                && !r.Variations.Contains(VariationKind.FirstNameSpelling) && !r.Variations.Contains(VariationKind.MiddleNameInFirstName)).Select(r => (c.Truth.FirstName, r.Record.FirstName)))
            .ToList();

        Assert.NotEmpty(nicknamed);
        Assert.All(nicknamed, pair => Assert.Contains((Normalised(pair.Item2), Normalised(pair.Item1)), known));
    }

    private static string Normalised(string name) => new string(name.Normalize(System.Text.NormalizationForm.FormD)
        .Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray()).ToLowerInvariant();
}
