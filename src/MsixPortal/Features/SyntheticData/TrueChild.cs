namespace MsixPortal.Features.SyntheticData;

/// <summary>A parent or guardian as the family really names them.</summary>
public sealed record ParentIdentity(string FirstName, string LastName1, string? LastName2);

/// <summary>
/// One synthetic child as it really is (clean names, true birth date): the ground truth that every State
/// record of the child varies from. <see cref="ChildNumber"/> is the ground truth's true_child_id.
/// </summary>
public sealed record TrueChild
{
    public required long ChildNumber { get; init; }
    public required long FamilyNumber { get; init; }
    public required Origin Origin { get; init; }
    public required string FirstName { get; init; }
    public string? MiddleName { get; init; }
    public required string LastName1 { get; init; }
    public string? LastName2 { get; init; }
    public string? Suffix { get; init; }

    /// <summary>A code of the sex code set: Female, Male or Nonbinary.</summary>
    public required string Sex { get; init; }

    public required DateOnly BirthDate { get; init; }

    /// <summary>The co-twin's child number for a twin, else null.</summary>
    public long? TwinOf { get; init; }

    public bool IsTwin => TwinOf is not null;
    public required string BirthCity { get; init; }
    public string? BirthState { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public required string BirthCountry { get; init; }

    public ParentIdentity? Parent1 { get; init; }
    public ParentIdentity? Parent2 { get; init; }

    /// <summary>The MSIX ID of the consolidated student the child was loaded as (null until loaded).</summary>
    public string? MsixId { get; set; }
}
