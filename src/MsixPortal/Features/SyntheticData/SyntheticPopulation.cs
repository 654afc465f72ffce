namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// The synthetic migrant-child population of one seed, family by family: the same seed and count always
/// give the same children, records and ground truth (every family, child and record has its own random
/// stream, and no value depends on the clock, the culture or the machine).
/// </summary>
public sealed class SyntheticPopulation(GeneratorSettings settings)
{
    public GeneratorSettings Settings { get; } = settings;

    /// <summary>
    /// The first <paramref name="count"/> children with at least one State record, in family order.
    /// Children too young to have been served in any State are skipped, so child numbers may have gaps.
    /// </summary>
    public IEnumerable<GeneratedChild> Children(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var produced = 0;
        var nextChildNumber = 1L;
        for (var familyNumber = 1L; produced < count; familyNumber++)
        {
            var family = FamilyGenerator.Create(Settings, familyNumber, nextChildNumber, count - produced);
            nextChildNumber += Math.Max(1, family.Children.Count);
            foreach (var child in family.Children)
            {
                var generated = Build(family, child);
                if (generated.Records.Count > 0 && produced < count)
                {
                    produced++;
                    yield return generated;
                }
            }
        }
    }

    /// <summary>
    /// The record a State where the child has no record yet would submit now (after a fall harvest there),
    /// with its own variations: for linking tests that submit known children from new States. Different
    /// <paramref name="variant"/>s give different versions (0–3); the State student ID is the child's in that State.
    /// </summary>
    public GeneratedStateRecord RecordInNewState(TrueChild child, string state, int variant = 0)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)variant, 3u, nameof(variant)); // slots 4–7 of the child's streams
        var town = Places.TownsByState.TryGetValue(state, out var towns)
            ? towns[(int)(child.FamilyNumber % towns.Length)]
            : throw new ArgumentException($"The generator knows no towns in {state}.", nameof(state));
        var year = Settings.AsOf.Month >= 8 ? Settings.AsOf.Year : Settings.AsOf.Year - 1;
        var arrival = new DateOnly(year, 8, 1);
        var stay = new Stay(town, StayKind.FallHarvest, child.BirthDate.AddYears(3) > arrival ? child.BirthDate.AddYears(3) : arrival, null, year);
        var family = new TrueFamily
        {
            Number = child.FamilyNumber, Origin = child.Origin, Father = child.Parent1, Mother = child.Parent2,
            Plan = new MigrationPlan([state], [stay]), Children = [child],
        };
        var traits = ChildTraits.For(child, RandomExtensions.ForStream(Settings.Seed, RandomStreams.Child, child.ChildNumber));
        return StateRecordBuilder.Build(Settings, family, child, traits, state, 4 + variant)
            ?? throw new ArgumentException("The child is too young or too old to be served in a new State.", nameof(child));
    }

    private GeneratedChild Build(TrueFamily family, TrueChild child)
    {
        var traits = ChildTraits.For(child, RandomExtensions.ForStream(Settings.Seed, RandomStreams.Child, child.ChildNumber));
        var records = new List<GeneratedStateRecord>(family.Plan.States.Count);
        for (var slot = 0; slot < family.Plan.States.Count; slot++)
        {
            if (StateRecordBuilder.Build(Settings, family, child, traits, family.Plan.States[slot], slot) is { } record)
            {
                records.Add(record);
            }
        }
        return new GeneratedChild(child, records);
    }
}
