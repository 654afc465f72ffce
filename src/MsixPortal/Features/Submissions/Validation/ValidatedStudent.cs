using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.Submissions.Validation;

/// <summary>The action a student row asks for.</summary>
public enum StudentAction
{
    Insert,
    Update,
    Delete,
}

/// <summary>
/// A student row that passed validation: its action, the MSIX ID the State gave (if any), and the
/// State record built from it (not yet attached to a consolidated student).
/// </summary>
public sealed record ValidatedStudent(int Position, string? RecordNumber, StudentAction Action, string? MsixId, StateStudentRecord Record);
