namespace MsixPortal.Data.CodeSets;

/// <summary>The names of the code sets in table <c>code_sets</c> (the key of <c>code_set_values</c>).</summary>
public static class CodeSetNames
{
    public const string Sex = "sex";
    public const string StateIdType = "state_id_type";
    public const string AlternateIdType = "alternate_id_type";
    public const string BirthDateVerification = "birth_date_verification";
    public const string EnrollmentType = "enrollment_type";
    public const string MepProjectType = "mep_project_type";
    public const string GradeLevel = "grade_level";
    public const string MedicalAlert = "medical_alert";
    public const string TermType = "term_type";
    public const string CourseType = "course_type";
    public const string AssessmentType = "assessment_type";
    public const string ReportingMethod = "reporting_method";
    public const string AssessmentInterpretation = "assessment_interpretation";
    public const string ContinuationOfServices = "continuation_of_services";
    public const string GraduationHse = "graduation_hse";
    public const string YesNo = "yes_no";
    public const string UsState = "us_state";
    public const string Country = "country";
}
