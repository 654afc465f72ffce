using System.Collections.Frozen;
using System.Globalization;

namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// A fixed, made-up directory of schools and MEP projects for every town, with NCES-like IDs: district
/// IDs are the State's FIPS code and five digits (7), school IDs the district ID and five digits (12).
/// </summary>
internal static class SchoolDirectory
{
    private static readonly string[] Namesakes =
    [
        "Benito Juárez", "César Chávez", "Dolores Huerta", "Lincoln", "Washington", "Roosevelt", "Jefferson",
        "Lakeview", "Riverside", "Sunnyside", "Emiliano Zapata", "Rosa Parks", "Martin Luther King Jr.",
        "Sor Juana Inés de la Cruz", "Valley View", "Garfield", "Franklin", "Kennedy", "Hillcrest", "Mission",
    ];

    private static readonly string[] Streets =
    [
        "Main St", "School St", "Farm Rd", "Orchard Ave", "Mission Rd", "E 3rd St", "Cherry Ln",
        "Vineyard Dr", "County Rd 12", "Harvest Way", "N Broadway", "Ridge Rd",
    ];

    private static readonly FrozenDictionary<int, TownSchools> ByTown = Places.TownsByState.Values
        .SelectMany(towns => towns)
        .ToFrozenDictionary(t => t.Number, Build);

    public static TownSchools For(Town town) => ByTown[town.Number];

    private static TownSchools Build(Town town)
    {
        var districtId = Places.FipsOf(town.State) + (town.Number * 379 % 100000).ToString("D5", CultureInfo.InvariantCulture);
        var district = town.State switch
        {
            "TX" => $"{town.Name} Independent School District",
            "CA" => $"{town.Name} Unified School District",
            "FL" or "GA" or "NC" or "SC" or "VA" or "MD" => $"{town.Name} County Schools",
            _ => $"{town.Name} Public Schools",
        };
        School Make(int number, string name, bool schoolBased) => new(
            name,
            schoolBased ? districtId + number.ToString("D5", CultureInfo.InvariantCulture) : null,
            schoolBased, districtId, district,
            schoolBased ? name : $"{district} Migrant Education Office",
            $"{100 + (town.Number * 97 + number * 31) % 9800} {Streets[(town.Number + number) % Streets.Length]}",
            town,
            string.Create(CultureInfo.InvariantCulture, $"{town.AreaCode}55501{(town.Number + number) % 100:D2}"));

        return new TownSchools(
            [.. Enumerable.Range(0, 3).Select(i => Make(101 + i, $"{Namesakes[(town.Number + i * 7) % Namesakes.Length]} Elementary School", true))],
            Make(201, $"{Namesakes[(town.Number + 3) % Namesakes.Length]} Middle School", true),
            Make(301, $"{town.Name} High School", true),
            Make(401, $"{town.Name} Migrant Preschool Program", false),
            Make(501, $"{town.Name} Migrant Summer School", true),
            Make(502, $"{town.Name} MEP Summer Home-Based Program", false),
            Make(601, $"{town.Name} Out-of-School Youth Program", false));
    }
}
