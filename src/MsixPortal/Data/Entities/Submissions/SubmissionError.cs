namespace MsixPortal.Data.Entities.Submissions;

/// <summary>
/// One problem found in a submission, for the State's error report: the student row, the element
/// (MDE number and name) and what is wrong with the value. It never holds the value itself.
/// </summary>
public class SubmissionError
{
    public long Id { get; set; }
    public long SubmissionId { get; set; }

    /// <summary>1-based position of the student in the file; 0 for the header or the file as a whole.</summary>
    public int Position { get; set; }

    public string? RecordNumber { get; set; }
    public string? StateStudentId { get; set; }

    /// <summary>The child-row kind (e.g. "Enrollment"), or null for the student's own elements.</summary>
    public string? Section { get; set; }

    public string? Sequence { get; set; }
    public int? ElementNumber { get; set; }
    public string ElementName { get; set; } = "";
    public string Problem { get; set; } = "";
}
