using System.Globalization;
using MsixPortal.Features.Submissions.Format;

namespace MsixPortal.Features.Submissions.Validation;

/// <summary>
/// Each RecordNumber once per file: the error report and the API's answer point at students by it,
/// so a second student with the same number is rejected rather than left ambiguous.
/// </summary>
public sealed class RecordNumberRegister
{
    private readonly Dictionary<string, int> _firstPositions = new(StringComparer.Ordinal);

    /// <summary>The problem of a student whose RecordNumber an earlier student of the file already used, else null.</summary>
    public SubmissionProblem? Check(SubmittedStudent student)
    {
        var number = student.RecordNumber?.Trim();
        if (string.IsNullOrEmpty(number) || _firstPositions.TryAdd(number, student.Position))
        {
            return null;
        }
        var report = new ProblemCollector(student.Position, student.RecordNumber, student["StateStudentId"]);
        // Short numbers are echoed to help the State find them; a long (hostile) one is not.
        var shown = number.Length <= 20 ? number + " " : "";
        report.Add(null, null, null, "RecordNumber", string.Create(CultureInfo.InvariantCulture,
            $"RecordNumber {shown}is used by student {_firstPositions[number]} of this file: each student needs its own"));
        return report.Problems[0];
    }
}
