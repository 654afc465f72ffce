namespace MsixPortal.Data.Entities.StateRecords;

/// <summary>One enrollment in a school or MEP project (MDEs 27–58).</summary>
public class Enrollment : StateRecordRow
{
    public DateOnly EnrollmentDate { get; set; }              // MDE 27
    public string EnrollmentType { get; set; } = "";          // MDE 28
    public string? SchoolOrProjectName { get; set; }          // MDE 29
    public string? MepProjectType { get; set; }               // MDE 30
    public string? SchoolId { get; set; }                     // MDE 31
    public string? FacilityName { get; set; }                 // MDE 32
    public string? FacilityAddress1 { get; set; }             // MDE 33
    public string? FacilityAddress2 { get; set; }             // MDE 34
    public string? FacilityAddress3 { get; set; }             // MDE 35
    public string? FacilityCity { get; set; }                 // MDE 36
    public string? FacilityState { get; set; }                // MDE 37
    public string? FacilityZip { get; set; }                  // MDE 38
    public string? TelephoneNumber { get; set; }              // MDE 39
    public string? SchoolDistrictId { get; set; }             // MDE 40
    public string? SchoolDistrict { get; set; }               // MDE 41
    public string? GradeLevel { get; set; }                   // MDE 42
    public bool? EnglishLearner { get; set; }                 // MDE 43
    public bool? Idea { get; set; }                           // MDE 44
    public string? MedicalAlert { get; set; }                 // MDE 45
    public bool? PriorityForServices { get; set; }            // MDE 46
    public bool? ImmunizationRecord { get; set; }             // MDE 47
    public DateOnly? WithdrawalDate { get; set; }             // MDE 48
    public string? DistrictOfResidence { get; set; }          // MDE 49
    public DateOnly? ResidencyDate { get; set; }              // MDE 50
    public DateOnly? ResidencyVerificationDate { get; set; }  // MDE 51
    public string? DesignatedGraduationSchool { get; set; }   // MDE 52
    public string? GraduationHseIndicator { get; set; }       // MDE 53
    public DateOnly? GraduationHseDate { get; set; }          // MDE 54
    public bool? OutOfStateTranscript { get; set; }           // MDE 55
    public string? ContinuationOfServicesReason { get; set; } // MDE 56
    public bool? Algebra1 { get; set; }                       // MDE 57
    public string? EnrollmentComment { get; set; }            // MDE 58
}
