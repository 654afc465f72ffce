using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.SyntheticData.Demo;

/// <summary>
/// A hand-written family for the demo: its stays are given, its children's State records come from the
/// generator, and each State's spelling of the child is then set by hand (with the variation kinds it shows).
/// </summary>
internal sealed class ShowcaseFamily(GeneratorSettings settings, long number, Origin origin, ParentIdentity father, ParentIdentity mother)
{
    private readonly List<Stay> _stays = [];

    public ShowcaseFamily Stay(string state, string town, StayKind kind, DateOnly start, DateOnly? end)
    {
        var place = Places.TownsByState[state].Single(t => t.Name == town);
        _stays.Add(new Stay(place, kind, start, end, start.Year));
        return this;
    }

    public TrueFamily Build(params TrueChild[] children) => new()
    {
        Number = number, Origin = origin, Father = father, Mother = mother, Children = children,
        Plan = new MigrationPlan([.. _stays.OrderBy(s => s.Kind != StayKind.SchoolYear).Select(s => s.State).Distinct()], [.. _stays]),
        FatherPhone = "9565550142", MotherPhone = "9565550143",
    };

    /// <summary>The child's records, one per State of the family, with the identity each State sends.</summary>
    public GeneratedChild Records(TrueFamily family, TrueChild child, ChildTraits traits,
        params (string State, Action<StateStudentRecord> Spelling, VariationKind[] Variations)[] spellings)
    {
        var records = new List<GeneratedStateRecord>();
        for (var slot = 0; slot < family.Plan.States.Count; slot++)
        {
            var state = family.Plan.States[slot];
            var record = StateRecordBuilder.Build(settings, family, child, traits, state, slot)
                ?? throw new InvalidOperationException($"Showcase child {child.FirstName} has no stay in {state}.");
            var (_, spell, variations) = spellings.Single(s => s.State == state);
            Reset(record.Record, child);
            spell(record.Record);
            records.Add(record with { Variations = variations });
        }
        return new GeneratedChild(child, records);
    }

    /// <summary>Undoes the generator's random variations: the showcase spells each State's version itself.</summary>
    private static void Reset(StateStudentRecord record, TrueChild child)
    {
        (record.FirstName, record.MiddleName, record.LastName1, record.LastName2, record.BirthDate) =
            (child.FirstName, child.MiddleName, child.LastName1, child.LastName2, child.BirthDate);
        (record.Parent1FirstName, record.Parent1LastName) = (child.Parent1?.FirstName, child.Parent1?.LastName1);
        (record.Parent2FirstName, record.Parent2LastName) = (child.Parent2?.FirstName, child.Parent2?.LastName1);
        record.BirthCity = child.BirthCity;
        record.MultipleBirth = child.IsTwin;
    }
}
