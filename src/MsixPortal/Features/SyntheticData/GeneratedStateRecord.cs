using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.SyntheticData;

/// <summary>One State's record of a generated child, with the ways it differs from the child's true identity.</summary>
public sealed record GeneratedStateRecord(StateStudentRecord Record, IReadOnlyList<VariationKind> Variations);

/// <summary>A generated child: its true identity and its one to four State records.</summary>
public sealed record GeneratedChild(TrueChild Truth, IReadOnlyList<GeneratedStateRecord> Records);
