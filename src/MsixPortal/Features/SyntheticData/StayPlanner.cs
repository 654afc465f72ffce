namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// Plans a family's moves over its last one to four school years along a migrant stream: the school
/// year in the home-base State (late arrival, early departure), summers and fall harvests elsewhere.
/// </summary>
internal static class StayPlanner
{
    private static readonly WeightedList<int> StateCounts = new([(1, 0.22), (2, 0.38), (3, 0.27), (4, 0.13)]);

    public static MigrationPlan Plan(Random random, Origin origin, DateOnly asOf)
    {
        var stream = MigrantStream.For(origin, random);
        var home = stream.HomeStates.Pick(random);
        var destinations = PickDistinct(random, stream.Destinations.Where(s => s != home).ToArray(), StateCounts.Pick(random) - 1);
        var homeTown = random.Pick(Places.TownsByState[home]);
        var awayTowns = destinations.Length > 0
            ? destinations.Select(s => random.Pick(Places.TownsByState[s])).ToArray()
            : [OtherTown(random, homeTown)]; // moves within the home-base State

        // A quarter of the families stopped migrating one to three years ago (eligibility may have ended).
        var lastYear = (asOf.Month >= 8 ? asOf.Year : asOf.Year - 1) - (random.Chance(0.25) ? random.Between(1, 3) : 0);
        var years = Math.Max(awayTowns.Length, random.Between(1, 4));
        var stays = new List<Stay>();
        for (var year = lastYear - years + 1; year <= lastYear; year++)
        {
            var awayTown = awayTowns[(year - lastYear + years - 1) % awayTowns.Length];
            var isFirstYear = stays.Count == 0;
            if (destinations.Length > 0 || isFirstYear || random.Chance(0.7))
            {
                stays.Add(Away(random, awayTown, year, asOf, allowFall: destinations.Length > 0));
            }
            if (stays.Count > 0 && stays[^1].End is null)
            {
                break; // still away at the reference date: the school year at home has not begun
            }
            var previousEnd = stays.Count > 0 ? stays[^1].End : null;
            var start = Later(new DateOnly(year, 8, 15).AddDays(random.Next(21)), previousEnd?.AddDays(random.Between(3, 20)));
            if (start <= asOf)
            {
                stays.Add(new Stay(homeTown, StayKind.SchoolYear, start, EndedBy(random.DateBetween(new(year + 1, 4, 10), new(year + 1, 5, 31)), asOf), year));
            }
        }
        return new MigrationPlan([home, .. destinations], stays);
    }

    private static Stay Away(Random random, Town town, int year, DateOnly asOf, bool allowFall)
    {
        if (allowFall && random.Chance(0.2))
        {
            var fallStart = random.DateBetween(new(year, 7, 20), new(year, 8, 20));
            return new Stay(town, StayKind.FallHarvest, fallStart, EndedBy(random.DateBetween(new(year, 10, 10), new(year, 11, 10)), asOf), year);
        }
        var start = random.DateBetween(new(year, 6, 1), new(year, 6, 25));
        return new Stay(town, StayKind.Summer, start, EndedBy(random.DateBetween(new(year, 8, 1), new(year, 8, 20)), asOf), year);
    }

    private static Town OtherTown(Random random, Town town)
    {
        var others = Places.TownsByState[town.State].Where(t => t != town).ToArray();
        return others.Length > 0 ? random.Pick(others) : town;
    }

    private static DateOnly? EndedBy(DateOnly end, DateOnly asOf) => end <= asOf ? end : null;

    private static DateOnly Later(DateOnly date, DateOnly? other) => other is { } o && o > date ? o : date;

    private static string[] PickDistinct(Random random, string[] candidates, int count)
    {
        // Partial Fisher–Yates shuffle: the first `count` entries are a uniform random choice.
        for (var i = 0; i < count && i < candidates.Length; i++)
        {
            var j = random.Next(i, candidates.Length);
            (candidates[i], candidates[j]) = (candidates[j], candidates[i]);
        }
        return candidates[..Math.Min(count, candidates.Length)];
    }
}
