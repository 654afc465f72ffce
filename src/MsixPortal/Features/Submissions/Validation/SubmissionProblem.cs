using MsixPortal.DataElements;

namespace MsixPortal.Features.Submissions.Validation;

/// <summary>
/// One thing wrong with a submission: where (student position and record number, State student ID,
/// child row), which element (MDE number and name), and what is wrong with the value. The problem
/// text describes the value's fault and never repeats the value, so it may be logged and shown.
/// </summary>
public sealed record SubmissionProblem(
    int Position,
    string? RecordNumber,
    string? StateStudentId,
    DataSection? Section,
    string? Sequence,
    int? ElementNumber,
    string ElementName,
    string Problem)
{
    /// <summary>Position 0: a problem with the header or the file as a whole.</summary>
    public bool IsFileLevel => Position == 0;
}
