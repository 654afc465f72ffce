namespace MsixPortal.Features.SyntheticData;

/// <summary>What a family did in one place for a while: a school year at home, or a summer or fall harvest away.</summary>
internal enum StayKind
{
    SchoolYear,
    Summer,
    FallHarvest,
}

/// <summary>
/// One stay of the family in a town. <see cref="End"/> is null while the stay goes on at the generator's
/// reference date. <see cref="SchoolYear"/> is the year the school year starts in (2025 for 2025–26).
/// </summary>
internal sealed record Stay(Town Town, StayKind Kind, DateOnly Start, DateOnly? End, int SchoolYear)
{
    public string State => Town.State;
}

/// <summary>
/// The States a family moves between, in the order they first went there (the home-base State first),
/// and its stays over the last school years, in time order.
/// </summary>
internal sealed record MigrationPlan(IReadOnlyList<string> States, IReadOnlyList<Stay> Stays);
