namespace MsixPortal.Features.Search;

/// <summary>The search form: what was typed, and the choices for the select lists.</summary>
public sealed class SearchFormViewModel
{
    public required SearchInputModel Input { get; init; }
    public required IReadOnlyList<CodeChoice> Sexes { get; init; }
    public required IReadOnlyList<CodeChoice> States { get; init; }
    public required IReadOnlyList<CodeChoice> Countries { get; init; }

    /// <summary>Open the advanced section when one of its fields holds something.</summary>
    public bool AdvancedOpen =>
        new[] { Input.MiddleName, Input.ParentName, Input.BirthCity, Input.BirthState, Input.BirthCountry, Input.SchoolName, Input.MultipleBirth }
            .Any(value => !string.IsNullOrWhiteSpace(value));
}

public sealed record CodeChoice(string Code, string Label);
