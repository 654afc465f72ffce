namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// A migrant family as generated: parents, children (siblings, maybe twins), contact details and the
/// States they move between. Children inherit the surnames: Last Name 1 is the father's first surname,
/// Last Name 2 the mother's first surname.
/// </summary>
internal sealed class TrueFamily
{
    public required long Number { get; init; }
    public required Origin Origin { get; init; }
    public ParentIdentity? Father { get; init; }
    public ParentIdentity? Mother { get; init; }
    public required MigrationPlan Plan { get; init; }
    public required IReadOnlyList<TrueChild> Children { get; init; }
    public string? FatherPhone { get; init; }
    public string? MotherPhone { get; init; }
    public string? FatherEmail { get; init; }
    public string? MotherEmail { get; init; }
}
