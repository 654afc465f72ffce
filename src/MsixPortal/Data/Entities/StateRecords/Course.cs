namespace MsixPortal.Data.Entities.StateRecords;

/// <summary>One secondary course and the credit it gave (MDEs 59–69).</summary>
public class Course : StateRecordRow
{
    public string CourseTitle { get; set; } = "";             // MDE 59
    public string? SubjectArea { get; set; }                  // MDE 60
    public string? CourseType { get; set; }                   // MDE 61
    public int BeginAcademicYear { get; set; }                // MDE 62
    public int? EndAcademicYear { get; set; }                 // MDE 63
    public string? CourseSection { get; set; }                // MDE 64
    public string? TermType { get; set; }                     // MDE 65
    public int? ClockHours { get; set; }                      // MDE 66
    public string? GradeToDate { get; set; }                  // MDE 67
    public decimal? CreditsGranted { get; set; }              // MDE 68
    public string? FinalGrade { get; set; }                   // MDE 69
}
