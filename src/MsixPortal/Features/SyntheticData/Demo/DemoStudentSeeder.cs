using MsixPortal.Features.SyntheticData.GroundTruth;
using MsixPortal.Features.SyntheticData.Loading;

namespace MsixPortal.Features.SyntheticData.Demo;

/// <summary>
/// The demo's students (seed-demo): the hand-written showcase children and 300 generated ones (seed 2026),
/// loaded as linked consolidated students. Seeds only an installation that has no students yet.
/// </summary>
public static class DemoStudentSeeder
{
    public const int GeneratedChildren = 300;
    public const int Seed = 2026;

    /// <summary>Loads the demo students and returns how many; 0 when students were already there.</summary>
    public static async Task<int> SeedAsync(string ownerConnectionString, CancellationToken cancellationToken = default)
    {
        if (await SyntheticDataLoader.HasStudentsAsync(ownerConnectionString, cancellationToken))
        {
            return 0;
        }
        var settings = new GeneratorSettings(Seed);
        var children = ShowcaseChildren.All(settings).Concat(new SyntheticPopulation(settings).Children(GeneratedChildren));
        var summary = await SyntheticDataLoader.LoadChildrenAsync(ownerConnectionString, children, GeneratedChildren, 1_000,
            new GroundTruthCollector(), null, cancellationToken);
        return summary.Students;
    }
}
