namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// Where a family's children are born: children born before the family came to the United States are
/// born in its country of origin, the others in one of the States it lives and works in.
/// </summary>
internal sealed class BirthPlaces(Random random, Origin origin, MigrationPlan plan, DateOnly asOf)
{
    private readonly string _country = origin switch
    {
        Origin.Anglo => "US",
        Origin.Hispanic when random.Chance(0.35) => "US", // second-generation families
        Origin.Indigenous when random.Chance(0.15) => "US",
        Origin.Haitian when random.Chance(0.3) => "US",
        Origin.Asian when random.Chance(0.4) => "US",
        _ => Places.CountriesOfOrigin(origin).Pick(random),
    };

    private readonly int _arrivalYear = asOf.Year - random.Between(0, 18);

    public (string City, string? State, string Country) For(DateOnly birthDate)
    {
        if (_country != "US" && birthDate.Year < _arrivalYear)
        {
            var cities = Places.CitiesByCountry[_country];
            var choices = origin == Origin.Indigenous && _country == "MX" ? cities[..Places.MixtecaCityCount] : cities;
            return (random.Pick(choices), null, _country);
        }
        var state = random.Chance(0.75) ? plan.States[0] : random.Pick(plan.States);
        return (random.Pick(Places.TownsByState[state]).Name, state, "US");
    }
}
