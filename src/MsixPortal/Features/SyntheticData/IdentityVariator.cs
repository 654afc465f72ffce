namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// Makes a State's version of a child's identity: each kind of variation happens with the probability
/// below, independently per State record, so most records differ from the truth in zero to two ways.
/// </summary>
internal static class IdentityVariator
{
    public static (RecordIdentity Identity, List<VariationKind> Kinds) Vary(TrueChild child, Random random)
    {
        var identity = RecordIdentity.Of(child);
        var kinds = new List<VariationKind>();
        void Apply(VariationKind kind, double probability, Func<bool> change)
        {
            if (random.Chance(probability) && change())
            {
                kinds.Add(kind);
            }
        }

        Apply(VariationKind.Nickname, 0.03, () => NameVariations.UseNickname(identity, random));
        Apply(VariationKind.MiddleNameDropped, 0.10, () => NameVariations.DropMiddleName(identity));
        Apply(VariationKind.MiddleNameInFirstName, 0.06, () => NameVariations.MoveMiddleIntoFirst(identity));
        if (NameVariations.ArrangeSurnames(identity, random) is { } arrangement)
        {
            kinds.Add(arrangement);
        }
        Apply(VariationKind.CompoundSurnameRespaced, 0.3, () => NameVariations.RespaceCompoundSurname(identity, random));
        Apply(VariationKind.FirstNameSpelling, 0.04, () => Change(identity.FirstName, s => SpellingVariants.Apply(s, random), s => identity.FirstName = s));
        Apply(VariationKind.LastNameSpelling, 0.04, () => Change(identity.LastName1, s => SpellingVariants.Apply(s, random), s => identity.LastName1 = s));
        Apply(VariationKind.FirstNameTypo, 0.02, () => Change(identity.FirstName, s => Typos.Apply(s, random), s => identity.FirstName = s));
        Apply(VariationKind.LastNameTypo, 0.02, () => Change(identity.LastName1, s => Typos.Apply(s, random), s => identity.LastName1 = s));
        Apply(VariationKind.ParentNameVariant, 0.12, () => ParentVariations.Vary(identity, child, random));
        Apply(VariationKind.ParentMissing, 0.06, () => ParentVariations.DropOne(identity, random));
        Apply(VariationKind.AccentsLost, 0.4, () => MapAll(identity, Accents.Strip));
        Apply(VariationKind.UpperCase, 0.08, () => MapAll(identity, s => s.ToUpperInvariant()));
        Apply(VariationKind.BirthDateDayMonthSwapped, 0.015, () => BirthDateVariations.SwapDayAndMonth(identity));
        Apply(VariationKind.BirthDateDigitOff, 0.015, () => BirthDateVariations.OneDigitOff(identity, random));
        return (identity, kinds);
    }

    /// <summary>Sets the changed value and tells whether it really changed.</summary>
    private static bool Change(string value, Func<string, string?> change, Action<string> set)
    {
        var changed = change(value);
        if (changed is null || changed == value)
        {
            return false;
        }
        set(changed);
        return true;
    }

    private static bool MapAll(RecordIdentity identity, Func<string, string> change)
    {
        var before = (identity.FirstName, identity.MiddleName, identity.LastName1, identity.LastName2,
            identity.Parent1FirstName, identity.Parent1LastName, identity.Parent2FirstName, identity.Parent2LastName);
        identity.MapNames(change);
        return before != (identity.FirstName, identity.MiddleName, identity.LastName1, identity.LastName2,
            identity.Parent1FirstName, identity.Parent1LastName, identity.Parent2FirstName, identity.Parent2LastName);
    }
}
