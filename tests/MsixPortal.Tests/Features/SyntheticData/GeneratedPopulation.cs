using MsixPortal.Features.SyntheticData;

namespace MsixPortal.Tests.Features.SyntheticData;

/// <summary>5,000 children of seed 2024, generated once for the distribution and validity tests.</summary>
public sealed class GeneratedPopulation
{
    public const int Count = 5_000;

    public GeneratedPopulation()
    {
        Children = new SyntheticPopulation(new GeneratorSettings(2024)).Children(Count).ToList();
        Records = Children.SelectMany(c => c.Records).ToList();
    }

    public IReadOnlyList<GeneratedChild> Children { get; }

    public IReadOnlyList<GeneratedStateRecord> Records { get; }

    public static double Share<T>(IEnumerable<T> items, Func<T, bool> predicate)
    {
        var list = items.ToList();
        return list.Count == 0 ? 0 : (double)list.Count(predicate) / list.Count;
    }
}
