using System.Collections.Frozen;

namespace MsixPortal.Features.SyntheticData;

/// <summary>An agricultural town where migrant families live and work (from <c>us-towns.tsv</c>).</summary>
internal sealed record Town(string State, string Name, string Zip, string AreaCode, int Number);

/// <summary>The towns, foreign cities and State codes the generator draws from.</summary>
internal static class Places
{
    /// <summary>State FIPS codes: the first two digits of NCES district and school IDs.</summary>
    private static readonly FrozenDictionary<string, string> Fips = new Dictionary<string, string>
    {
        ["AR"] = "05", ["AZ"] = "04", ["CA"] = "06", ["CO"] = "08", ["DE"] = "10", ["FL"] = "12",
        ["GA"] = "13", ["ID"] = "16", ["IL"] = "17", ["IN"] = "18", ["KS"] = "20", ["KY"] = "21",
        ["LA"] = "22", ["MD"] = "24", ["MI"] = "26", ["MN"] = "27", ["NE"] = "31", ["NJ"] = "34",
        ["NM"] = "35", ["NY"] = "36", ["NC"] = "37", ["ND"] = "38", ["OH"] = "39", ["OR"] = "41",
        ["PA"] = "42", ["SC"] = "45", ["TN"] = "47", ["TX"] = "48", ["UT"] = "49", ["VA"] = "51",
        ["WA"] = "53", ["WI"] = "55",
    }.ToFrozenDictionary();

    public static FrozenDictionary<string, Town[]> TownsByState { get; } = EmbeddedLists.ReadRows("us-towns.tsv")
        .Select((row, index) => new Town(row[0], row[1], row[2], row[3], index + 1))
        .GroupBy(t => t.State)
        .ToFrozenDictionary(g => g.Key, g => g.ToArray());

    public static FrozenDictionary<string, string[]> CitiesByCountry { get; } = EmbeddedLists.ReadRows("foreign-cities.tsv")
        .GroupBy(row => row[0], row => row[1])
        .ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The first cities of Mexico in the data file are in the Mixteca (Oaxaca, Guerrero).</summary>
    public const int MixtecaCityCount = 5;

    public static string FipsOf(string state) => Fips[state];

    /// <summary>Countries migrant families come from, by origin (ISO 3166-1 alpha-2 codes).</summary>
    public static WeightedList<string> CountriesOfOrigin(Origin origin) => origin switch
    {
        Origin.Hispanic => HispanicCountries,
        Origin.Indigenous => IndigenousCountries,
        Origin.Haitian => HaitianCountries,
        Origin.Asian => AsianCountries,
        _ => UsOnly,
    };

    private static readonly WeightedList<string> HispanicCountries = new(
        [("MX", 0.72), ("GT", 0.07), ("HN", 0.08), ("SV", 0.08), ("DO", 0.02), ("CU", 0.01), ("NI", 0.02)]);

    private static readonly WeightedList<string> IndigenousCountries = new([("MX", 0.55), ("GT", 0.45)]);
    private static readonly WeightedList<string> HaitianCountries = new([("HT", 1.0)]);

    private static readonly WeightedList<string> AsianCountries = new(
        [("VN", 0.3), ("LA", 0.15), ("TH", 0.15), ("MM", 0.15), ("CN", 0.1), ("PH", 0.15)]);

    private static readonly WeightedList<string> UsOnly = new([("US", 1.0)]);
}
