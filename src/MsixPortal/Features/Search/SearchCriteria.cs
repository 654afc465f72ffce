namespace MsixPortal.Features.Search;

/// <summary>
/// What a user searched for, as kept server-side under an opaque ID (<see cref="SavedSearchStore"/>).
/// Holds PII: never logged, never put in a URL.
/// </summary>
public sealed record SearchCriteria
{
    public string? FirstName { get; init; }
    public string? MiddleName { get; init; }
    public string? LastName { get; init; }
    public DateOnly? BirthDate { get; init; }
    public string? Sex { get; init; }
    public string? StateCode { get; init; }
    public string? MsixId { get; init; }
    public string? StateStudentId { get; init; }
    public string? ParentName { get; init; }
    public string? BirthCity { get; init; }
    public string? BirthState { get; init; }
    public string? BirthCountry { get; init; }
    public string? SchoolName { get; init; }
    public bool? MultipleBirth { get; init; }

    public bool HasName => FirstName is not null || LastName is not null;

    /// <summary>A name, a parent's name, an ID, a birth date or a school or project name: enough to find candidates.</summary>
    public bool HasAnchor => HasAnchorBesidesSchool || SchoolName is not null;

    public bool HasAnchorBesidesSchool =>
        HasName || ParentName is not null || MsixId is not null || StateStudentId is not null || BirthDate is not null;

    /// <summary>Which fields were used (names only, never values), for the audit trail.</summary>
    public IReadOnlyList<string> FieldsUsed()
    {
        var used = new List<string>();
        void Add(object? value, string field)
        {
            if (value is not null)
            {
                used.Add(field);
            }
        }
        Add(FirstName, "first_name");
        Add(MiddleName, "middle_name");
        Add(LastName, "last_name");
        Add(BirthDate, "birth_date");
        Add(Sex, "sex");
        Add(StateCode, "state");
        Add(MsixId, "msix_id");
        Add(StateStudentId, "state_student_id");
        Add(ParentName, "parent_name");
        Add(BirthCity, "birth_city");
        Add(BirthState, "birth_state");
        Add(BirthCountry, "birth_country");
        Add(SchoolName, "school_name");
        Add(MultipleBirth, "multiple_birth");
        return used;
    }
}
