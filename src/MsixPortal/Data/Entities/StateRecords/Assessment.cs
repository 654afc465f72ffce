namespace MsixPortal.Data.Entities.StateRecords;

/// <summary>One assessment result (MDEs 70–76).</summary>
public class Assessment : StateRecordRow
{
    public string AssessmentTitle { get; set; } = "";         // MDE 70
    public string? AssessmentContent { get; set; }            // MDE 71
    public string? AssessmentType { get; set; }               // MDE 72

    /// <summary>MDE 73 arrives as MMYYYY; stored as the first day of that month.</summary>
    public DateOnly? AdministrationDate { get; set; }

    public string? ReportingMethod { get; set; }              // MDE 74
    public string? ScoreResults { get; set; }                 // MDE 75
    public string? Interpretation { get; set; }               // MDE 76
}
