namespace MsixPortal.Features.SyntheticData;

/// <summary>How States write the parents' names differently: both surnames, a nickname, a slip, accents, a married name.</summary>
internal static class ParentVariations
{
    public static bool Vary(RecordIdentity identity, TrueChild child, Random random)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (TryOnce(identity, child, random))
            {
                return true;
            }
        }
        return false;
    }

    public static bool DropOne(RecordIdentity identity, Random random)
    {
        if (identity.Parent1FirstName is null || identity.Parent2FirstName is null)
        {
            return false;
        }
        if (random.Chance(0.6))
        {
            (identity.Parent2FirstName, identity.Parent2LastName) = (null, null);
        }
        else
        {
            (identity.Parent1FirstName, identity.Parent1LastName) = (null, null);
        }
        return true;
    }

    private static bool TryOnce(RecordIdentity identity, TrueChild child, Random random)
    {
        var father = child.Parent1;
        var mother = child.Parent2;
        switch (random.Next(6))
        {
            case 0 when father?.LastName2 is not null && identity.Parent1FirstName is not null:
                identity.Parent1LastName = $"{father.LastName1} {father.LastName2}";
                return true;
            case 1 when identity.Parent1FirstName is { } name && Nicknames.Of(name).Count > 0:
                identity.Parent1FirstName = random.Pick(Nicknames.Of(name));
                return true;
            case 2 when identity.Parent2FirstName is { } name:
                identity.Parent2FirstName = Typos.Apply(name, random);
                return identity.Parent2FirstName != name;
            case 3 when identity.Parent1LastName is { } surname && SpellingVariants.Apply(surname, random) is { } respelled:
                identity.Parent1LastName = respelled;
                return true;
            case 4 when identity.Parent2LastName is { } surname && Accents.HasAccents(surname + identity.Parent2FirstName):
                identity.Parent2LastName = Accents.Strip(surname);
                identity.Parent2FirstName = Accents.Strip(identity.Parent2FirstName!);
                return true;
            case 5 when mother is not null && father is not null && identity.Parent2FirstName is not null && father.LastName1 != mother.LastName1:
                identity.Parent2LastName = father.LastName1; // the mother gives her husband's surname
                return true;
            default:
                return false;
        }
    }
}
