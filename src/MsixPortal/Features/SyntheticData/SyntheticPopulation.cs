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
