namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// Makes one family from its own random stream: parents with names of the family's origin, one to five
/// children (siblings spaced one to four years, sometimes twins), birth places and the family's moves.
/// </summary>
internal static class FamilyGenerator
{
    private static readonly WeightedList<int> ChildCounts = new([(1, 0.30), (2, 0.30), (3, 0.22), (4, 0.12), (5, 0.06)]);

    public static TrueFamily Create(GeneratorSettings settings, long familyNumber, long firstChildNumber, int maxChildren)
    {
        var random = RandomExtensions.ForStream(settings.Seed, RandomStreams.Family, familyNumber);
        var origin = NameBank.Origins.Pick(random);
        var bank = NameBank.For(origin);
        var twoSurnames = origin is Origin.Hispanic or Origin.Indigenous;
        var father = random.Chance(0.9) ? NewParent(random, bank, female: false, twoSurnames, spouse: null) : null;
        var mother = father is null || random.Chance(0.97) ? NewParent(random, bank, female: true, twoSurnames, father) : null;
        var plan = StayPlanner.Plan(random, origin, settings.AsOf);
        var naming = new ChildNaming(random, origin, bank, father, mother);
        var birthPlaces = new BirthPlaces(random, origin, plan, settings.AsOf);

        // Contacts are drawn before the children, so that a family cut short (the last one of a run)
        // has the same parents, contacts and first children as the whole family in a longer run.
        var fatherPhone = father is not null && random.Chance(0.75) ? Phone(random, plan) : null;
        var motherPhone = mother is not null && random.Chance(0.8) ? Phone(random, plan) : null;
        var fatherEmail = father is not null && random.Chance(0.25) ? Email(random, father) : null;
        var motherEmail = mother is not null && random.Chance(0.35) ? Email(random, mother) : null;

        var children = new List<TrueChild>();
        var wanted = ChildCounts.Pick(random);
        var count = Math.Min(wanted, maxChildren);
        var age = random.Chance(0.15) ? random.Between(3 + wanted - 1, 21) : random.Between(3 + wanted - 1, 17);
        var birthDate = settings.AsOf.AddYears(-age).AddDays(-random.Next(365));
        while (children.Count < count && settings.AsOf.AddYears(-3) >= birthDate)
        {
            var twins = random.Chance(0.03) && children.Count + 1 < count;
            var number = firstChildNumber + children.Count;
            var birthPlace = birthPlaces.For(birthDate);
            children.Add(naming.Child(number, familyNumber, birthDate, birthPlace, twins ? number + 1 : null));
            if (twins)
            {
                children.Add(naming.Child(number + 1, familyNumber, birthDate, birthPlace, number));
            }
            birthDate = birthDate.AddYears(random.Between(1, 4)).AddDays(random.Next(-60, 60));
        }

        return new TrueFamily
        {
            Number = familyNumber, Origin = origin, Father = father, Mother = mother, Plan = plan, Children = children,
            FatherPhone = fatherPhone, MotherPhone = motherPhone, FatherEmail = fatherEmail, MotherEmail = motherEmail,
        };
    }

    private static ParentIdentity NewParent(Random random, NameBank bank, bool female, bool twoSurnames, ParentIdentity? spouse)
    {
        var first = bank.FirstNames(female).Pick(random);
        if (twoSurnames)
        {
            return new ParentIdentity(first, DistinctSurname(random, bank, spouse?.LastName1), bank.Surnames.Pick(random));
        }
        // Most mothers of Anglo, Haitian and Asian families carry the father's surname.
        var surname = spouse is not null && random.Chance(0.7) ? spouse.LastName1 : bank.Surnames.Pick(random);
        return new ParentIdentity(first, surname, null);
    }

    private static string DistinctSurname(Random random, NameBank bank, string? other)
    {
        var surname = bank.Surnames.Pick(random);
        for (var i = 0; i < 5 && surname == other; i++)
        {
            surname = bank.Surnames.Pick(random);
        }
        return surname;
    }

    /// <summary>A fictitious U.S. number: the family's area code and the 555-01xx range kept for fiction.</summary>
    private static string Phone(Random random, MigrationPlan plan) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{plan.Stays.Count switch { 0 => "956", _ => plan.Stays[^1].Town.AreaCode }}55501{random.Next(100):D2}");

    /// <summary>Addresses at example.com (reserved for documentation), so no real mailbox is ever written to.</summary>
    private static string Email(Random random, ParentIdentity parent) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Accents.ToAsciiLetters(parent.FirstName)}.{Accents.ToAsciiLetters(parent.LastName1)}{random.Next(10, 99)}@example.com")
            .ToLowerInvariant();
}
