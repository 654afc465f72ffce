namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// Names the children of one family: distinct first names, middle names as the origin's custom has them
/// (María Guadalupe, José Luis), and surnames from the parents — Last Name 1 the father's first surname,
/// Last Name 2 the mother's first surname.
/// </summary>
internal sealed class ChildNaming
{
    private readonly Random _random;
    private readonly Origin _origin;
    private readonly NameBank _bank;
    private readonly ParentIdentity? _father;
    private readonly ParentIdentity? _mother;
    private readonly bool _oneSurnameOnly;
    private readonly HashSet<string> _usedFirstNames = new(StringComparer.Ordinal);

    public ChildNaming(Random random, Origin origin, NameBank bank, ParentIdentity? father, ParentIdentity? mother)
    {
        _random = random;
        _origin = origin;
        _bank = bank;
        _father = father;
        _mother = mother;
        // Some families register their children with the father's surname only.
        _oneSurnameOnly = random.Chance(0.2);
    }

    public TrueChild Child(long number, long familyNumber, DateOnly birthDate, (string City, string? State, string Country) birthPlace, long? twinOf)
    {
        var roll = _random.NextDouble();
        var sex = roll < 0.0005 ? "Nonbinary" : roll < 0.5 ? "Female" : "Male";
        var female = sex == "Female" || (sex == "Nonbinary" && _random.Chance(0.5));
        var juniorOf = !female && _father is not null && _random.Chance(_origin == Origin.Anglo ? 0.05 : 0.01)
            && !_usedFirstNames.Contains(_father.FirstName) ? _father : null;
        var first = juniorOf?.FirstName ?? UnusedFirstName(female);
        _usedFirstNames.Add(first);
        var (last1, last2) = Surnames();
        return new TrueChild
        {
            ChildNumber = number, FamilyNumber = familyNumber, Origin = _origin,
            FirstName = first, MiddleName = MiddleName(first, female), LastName1 = last1, LastName2 = last2,
            Suffix = juniorOf is null ? null : "Jr.", Sex = sex, BirthDate = birthDate, TwinOf = twinOf,
            BirthCity = birthPlace.City, BirthState = birthPlace.State, BirthCountry = birthPlace.Country,
            Parent1 = _father, Parent2 = _mother,
        };
    }

    private string UnusedFirstName(bool female)
    {
        var name = _bank.FirstNames(female).Pick(_random);
        for (var i = 0; i < 20 && _usedFirstNames.Contains(name); i++)
        {
            name = _bank.FirstNames(female).Pick(_random);
        }
        return name;
    }

    private string? MiddleName(string first, bool female)
    {
        var share = first is "María" or "José" or "Juan" or "Jesús" or "Ana" ? 0.65 : _origin switch
        {
            Origin.Hispanic => 0.3,
            Origin.Anglo => 0.6,
            Origin.Haitian => 0.3,
            _ => 0.15,
        };
        if (!_random.Chance(share))
        {
            return null;
        }
        var middle = _bank.FirstNames(female).Pick(_random);
        return middle == first ? null : middle;
    }

    private (string, string?) Surnames()
    {
        if (_origin is not (Origin.Hispanic or Origin.Indigenous))
        {
            return ((_father ?? _mother)!.LastName1, null);
        }
        if (_father is null)
        {
            return (_mother!.LastName1, _oneSurnameOnly ? null : _mother.LastName2);
        }
        return (_father.LastName1, _oneSurnameOnly ? null : _mother?.LastName1);
    }
}
