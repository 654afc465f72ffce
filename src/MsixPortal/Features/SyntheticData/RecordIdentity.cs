namespace MsixPortal.Features.SyntheticData;

/// <summary>The identity fields of one State's record of a child, as that State has them.</summary>
internal sealed class RecordIdentity
{
    public required string FirstName { get; set; }
    public string? MiddleName { get; set; }
    public required string LastName1 { get; set; }
    public string? LastName2 { get; set; }
    public required DateOnly BirthDate { get; set; }
    public string? Parent1FirstName { get; set; }
    public string? Parent1LastName { get; set; }
    public string? Parent2FirstName { get; set; }
    public string? Parent2LastName { get; set; }

    /// <summary>The child's identity as it truly is; parents by their first surname, as the child's surnames are.</summary>
    public static RecordIdentity Of(TrueChild child) => new()
    {
        FirstName = child.FirstName, MiddleName = child.MiddleName,
        LastName1 = child.LastName1, LastName2 = child.LastName2, BirthDate = child.BirthDate,
        Parent1FirstName = child.Parent1?.FirstName, Parent1LastName = child.Parent1?.LastName1,
        Parent2FirstName = child.Parent2?.FirstName, Parent2LastName = child.Parent2?.LastName1,
    };

    /// <summary>Applies <paramref name="change"/> to every name field (child and parents).</summary>
    public void MapNames(Func<string, string> change)
    {
        FirstName = change(FirstName);
        MiddleName = MiddleName is null ? null : change(MiddleName);
        LastName1 = change(LastName1);
        LastName2 = LastName2 is null ? null : change(LastName2);
        Parent1FirstName = Parent1FirstName is null ? null : change(Parent1FirstName);
        Parent1LastName = Parent1LastName is null ? null : change(Parent1LastName);
        Parent2FirstName = Parent2FirstName is null ? null : change(Parent2FirstName);
        Parent2LastName = Parent2LastName is null ? null : change(Parent2LastName);
    }
}
