namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// A route migrant families follow: they winter in a home-base State (school year) and travel to
/// destination States for the summer and fall harvests.
/// </summary>
internal sealed record MigrantStream(string Name, WeightedList<string> HomeStates, IReadOnlyList<string> Destinations)
{
    private static readonly MigrantStream Central = new("central",
        new([("TX", 0.9), ("NM", 0.1)]),
        ["MI", "OH", "IN", "WI", "MN", "ND", "IL", "KS", "NE", "CO", "AR", "KY", "TN"]);

    private static readonly MigrantStream Eastern = new("eastern",
        new([("FL", 0.85), ("GA", 0.15)]),
        ["GA", "NC", "SC", "VA", "PA", "NY", "NJ", "MD", "DE", "KY", "TN", "MI"]);

    private static readonly MigrantStream Western = new("western",
        new([("CA", 0.75), ("AZ", 0.25)]),
        ["WA", "OR", "ID", "CO", "UT", "NM", "CA"]);

    private static readonly MigrantStream Northwestern = new("northwestern",
        new([("WA", 0.6), ("OR", 0.2), ("ID", 0.2)]),
        ["CA", "OR", "WA", "ID", "UT"]);

    private static readonly Dictionary<Origin, WeightedList<MigrantStream>> ByOrigin = new()
    {
        [Origin.Hispanic] = new([(Central, 0.35), (Eastern, 0.2), (Western, 0.3), (Northwestern, 0.15)]),
        [Origin.Indigenous] = new([(Western, 0.5), (Eastern, 0.35), (Northwestern, 0.15)]),
        [Origin.Haitian] = new([(Eastern, 1.0)]),
        [Origin.Asian] = new([(Western, 0.5), (Central, 0.2), (Eastern, 0.3)]),
        [Origin.Anglo] = new([(Central, 0.4), (Eastern, 0.3), (Western, 0.3)]),
    };

    public static MigrantStream For(Origin origin, Random random) => ByOrigin[origin].Pick(random);
}
