using static MsixPortal.Features.SyntheticData.StayKind;
using static MsixPortal.Features.SyntheticData.VariationKind;

namespace MsixPortal.Features.SyntheticData.Demo;

/// <summary>
/// Children written by hand to show what the portal copes with: Lissete spelled Lizete and Liz-et by other
/// States, José Ángel Muñoz Peña with and without accents, twins who must never be merged, and a senior
/// with sixty courses from four States.
/// </summary>
internal static class ShowcaseChildren
{
    public const long FirstNumber = 900_001;

    public static IEnumerable<GeneratedChild> All(GeneratorSettings settings) =>
        [Lissete(settings), JoseAngel(settings), .. Twins(settings), HighSchooler(settings)];

    private static GeneratedChild Lissete(GeneratorSettings settings)
    {
        ParentIdentity father = new("Rogelio", "Ramírez", "Soto"), mother = new("Araceli", "Vázquez", "Luna");
        var showcase = new ShowcaseFamily(settings, FirstNumber, Origin.Hispanic, father, mother)
            .Stay("MI", "Hart", FallHarvest, new(2024, 7, 28), new(2024, 10, 25))
            .Stay("TX", "Weslaco", SchoolYear, new(2024, 11, 4), new(2025, 5, 9))
            .Stay("OH", "Fremont", FallHarvest, new(2025, 7, 30), new(2025, 10, 24))
            .Stay("TX", "Weslaco", SchoolYear, new(2025, 11, 3), null);
        var child = Child(FirstNumber, FirstNumber, "Lissete", null, "Ramírez", "Vázquez", "Female", new(2013, 4, 9), "Weslaco", "TX", "US")
            with { Parent1 = father, Parent2 = mother };
        return showcase.Records(showcase.Build(child), child, Traits(child, settings),
            ("TX", _ => { }, []),
            ("MI", r => (r.FirstName, r.LastName1, r.LastName2) = ("Lizete", "Ramirez", "Vazquez"), [FirstNameSpelling, AccentsLost]),
            ("OH", r => (r.FirstName, r.LastName2) = ("Liz-et", null), [FirstNameSpelling, SecondSurnameDropped]));
    }

    private static GeneratedChild JoseAngel(GeneratorSettings settings)
    {
        ParentIdentity father = new("José Luis", "Muñoz", "Ibáñez"), mother = new("María Guadalupe", "Peña", "Núñez");
        var showcase = new ShowcaseFamily(settings, FirstNumber + 1, Origin.Hispanic, father, mother)
            .Stay("WA", "Yakima", FallHarvest, new(2024, 7, 22), new(2024, 10, 30))
            .Stay("CA", "Salinas", SchoolYear, new(2024, 11, 12), new(2025, 5, 30))
            .Stay("OR", "Hood River", FallHarvest, new(2025, 7, 25), new(2025, 10, 17))
            .Stay("CA", "Salinas", SchoolYear, new(2025, 10, 27), null);
        var child = Child(FirstNumber + 1, FirstNumber + 1, "José", "Ángel", "Muñoz", "Peña", "Male", new(2011, 9, 23), "Guadalajara", null, "MX")
            with { Parent1 = father, Parent2 = mother };
        return showcase.Records(showcase.Build(child), child, Traits(child, settings),
            ("CA", _ => { }, []),
            ("WA", r => (r.FirstName, r.MiddleName, r.LastName1, r.LastName2, r.Parent1FirstName, r.Parent1LastName) =
                ("Jose", "Angel", "Munoz", "Pena", "Jose Luis", "Munoz"), [AccentsLost]),
            ("OR", r => (r.FirstName, r.MiddleName, r.LastName1, r.LastName2) = ("José Ángel", null, "Muñoz-Peña", null),
                [MiddleNameInFirstName, SurnamesHyphenated]));
    }

    private static IEnumerable<GeneratedChild> Twins(GeneratorSettings settings)
    {
        ParentIdentity father = new("Pedro", "Hernández", "Gómez"), mother = new("Rosa", "Cruz", "Martínez");
        var showcase = new ShowcaseFamily(settings, FirstNumber + 2, Origin.Hispanic, father, mother)
            .Stay("GA", "Tifton", FallHarvest, new(2025, 7, 21), new(2025, 10, 31))
            .Stay("FL", "Immokalee", SchoolYear, new(2025, 11, 10), null);
        var mateo = Child(FirstNumber + 2, FirstNumber + 2, "Mateo", null, "Hernández", "Cruz", "Male", new(2016, 2, 14), "Immokalee", "FL", "US")
            with { Parent1 = father, Parent2 = mother, TwinOf = FirstNumber + 3 };
        var marco = mateo with { ChildNumber = FirstNumber + 3, FirstName = "Marco", TwinOf = FirstNumber + 2 };
        var family = showcase.Build(mateo, marco);
        return [.. new[] { mateo, marco }.Select(twin => showcase.Records(family, twin, Traits(twin, settings),
            ("FL", _ => { }, []), ("GA", r => (r.LastName1, r.LastName2) = ("Hernandez", "Cruz"), [AccentsLost])))];
    }

    private static GeneratedChild HighSchooler(GeneratorSettings settings)
    {
        ParentIdentity father = new("Ramón", "de la Cruz", "Ortiz"), mother = new("Yolanda", "Núñez", "Salas");
        var showcase = new ShowcaseFamily(settings, FirstNumber + 4, Origin.Hispanic, father, mother)
            .Stay("MI", "Sparta", FallHarvest, new(2023, 7, 24), new(2023, 10, 27))
            .Stay("TX", "Eagle Pass", SchoolYear, new(2023, 11, 6), new(2024, 5, 24))
            .Stay("WA", "Othello", FallHarvest, new(2024, 7, 15), new(2024, 10, 25))
            .Stay("TX", "Eagle Pass", SchoolYear, new(2024, 11, 4), new(2025, 5, 23))
            .Stay("CA", "Stockton", FallHarvest, new(2025, 7, 14), new(2025, 10, 24))
            .Stay("TX", "Eagle Pass", SchoolYear, new(2025, 11, 3), new(2026, 5, 22))
            .Stay("MI", "Sparta", FallHarvest, new(2026, 7, 20), null);
        var child = Child(FirstNumber + 4, FirstNumber + 4, "Yesenia", null, "de la Cruz", "Núñez", "Female", new(2009, 3, 2), "Eagle Pass", "TX", "US")
            with { Parent1 = father, Parent2 = mother };
        var traits = new ChildTraits(true, false, "None", true, 0, false, 0.7);
        var generated = showcase.Records(showcase.Build(child), child, traits,
            ("TX", _ => { }, []),
            ("MI", r => (r.FirstName, r.LastName1, r.LastName2) = ("Llesenia", "De La Cruz", "Nunez"), [FirstNameSpelling, CompoundSurnameRespaced, AccentsLost]),
            ("WA", r => (r.LastName1, r.LastName2) = ("Delacruz", null), [CompoundSurnameRespaced, SecondSurnameDropped]),
            ("CA", r => (r.LastName1, r.LastName2) = ("de la Cruz Núñez", null), [SurnamesInLastName1]));
        ShowcaseCourses.TopUp(generated.Records.Select(r => r.Record).ToList(), total: 60);
        return generated;
    }

    private static TrueChild Child(long number, long family, string first, string? middle, string last1, string? last2, string sex,
        DateOnly birthDate, string city, string? state, string country) => new()
    {
        ChildNumber = number, FamilyNumber = family, Origin = Origin.Hispanic, FirstName = first, MiddleName = middle,
        LastName1 = last1, LastName2 = last2, Sex = sex, BirthDate = birthDate, BirthCity = city, BirthState = state, BirthCountry = country,
    };

    private static ChildTraits Traits(TrueChild child, GeneratorSettings settings) =>
        ChildTraits.For(child, RandomExtensions.ForStream(settings.Seed, RandomStreams.Child, child.ChildNumber)) with { OutOfSchoolYouth = false };
}
