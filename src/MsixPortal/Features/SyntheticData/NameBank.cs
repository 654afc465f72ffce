namespace MsixPortal.Features.SyntheticData;

/// <summary>The ranked name lists of one <see cref="Origin"/>, drawn with Zipf-like frequencies.</summary>
internal sealed class NameBank
{
    private static readonly Dictionary<Origin, NameBank> Banks = new()
    {
        [Origin.Hispanic] = Load("hispanic"),
        [Origin.Anglo] = Load("anglo"),
        [Origin.Haitian] = Load("haitian"),
        [Origin.Indigenous] = Load("indigenous"),
        [Origin.Asian] = Load("asian"),
    };

    /// <summary>Share of families of each origin among migrant children (Hispanic-heavy, as in the MEP).</summary>
    public static WeightedList<Origin> Origins { get; } = new(
    [
        (Origin.Hispanic, 0.74), (Origin.Indigenous, 0.08), (Origin.Anglo, 0.08),
        (Origin.Haitian, 0.05), (Origin.Asian, 0.05),
    ]);

    private NameBank(WeightedList<string> boys, WeightedList<string> girls, WeightedList<string> surnames)
    {
        Boys = boys;
        Girls = girls;
        Surnames = surnames;
    }

    public WeightedList<string> Boys { get; }
    public WeightedList<string> Girls { get; }
    public WeightedList<string> Surnames { get; }

    public static NameBank For(Origin origin) => Banks[origin];

    public WeightedList<string> FirstNames(bool female) => female ? Girls : Boys;

    private static NameBank Load(string prefix) => new(
        WeightedList<string>.Zipf(EmbeddedLists.ReadLines($"{prefix}-boys.txt")),
        WeightedList<string>.Zipf(EmbeddedLists.ReadLines($"{prefix}-girls.txt")),
        WeightedList<string>.Zipf(EmbeddedLists.ReadLines($"{prefix}-surnames.txt"), exponent: 0.75, offset: 3));
}
