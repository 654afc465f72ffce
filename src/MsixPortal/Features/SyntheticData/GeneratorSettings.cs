namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// What a generated population depends on: the seed and the reference date ("today" for the data, fixed
/// so that the same seed always gives the same data, whatever day it runs).
/// </summary>
public sealed record GeneratorSettings(int Seed)
{
    public static readonly DateOnly DefaultAsOf = new(2026, 10, 31);

    public DateOnly AsOf { get; init; } = DefaultAsOf;
}

/// <summary>The independent random streams of one seed (see <see cref="RandomExtensions.ForStream"/>).</summary>
internal static class RandomStreams
{
    public const int Family = 1;
    public const int Child = 2;
    public const int StateRecord = 3;
}
