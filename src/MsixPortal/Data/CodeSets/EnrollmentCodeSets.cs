namespace MsixPortal.Data.CodeSets;

/// <summary>Code sets of the school history (enrollment) section.</summary>
internal static class EnrollmentCodeSets
{
    public static IReadOnlyList<CodeSetDefinition> All { get; } =
    [
        new(CodeSetNames.EnrollmentType, "MDE 28 Enrollment Type (CEDS MEP Enrollment Type).", 'S',
        [
            new("01", "Basic School Program"),
            new("02", "Regular-term MEP-funded project"),
            new("03", "Summer/intersession MEP-funded project"),
            new("04", "Year-round MEP-funded project"),
            new("05", "Basic School Program and regular-term MEP-funded project"),
            new("06", "Residency only"),
        ]),
        new(CodeSetNames.MepProjectType, "MDE 30 MEP Project Type (CEDS MEP Project Based; codes inferred).", 'I',
        [
            new("01", "School-based"),
            new("02", "Non-school-based"),
        ]),
        new(CodeSetNames.GradeLevel, "MDE 42 Grade Level (exact list unverified: pre-K age codes and OS assumed).", 'U',
        [
            new("P0", "Pre-kindergarten, age 0–1"),
            new("P1", "Pre-kindergarten, age 1"),
            new("P2", "Pre-kindergarten, age 2"),
            new("P3", "Pre-kindergarten, age 3"),
            new("P4", "Pre-kindergarten, age 4"),
            new("P5", "Pre-kindergarten, age 5"),
            new("KG", "Kindergarten"),
            new("01", "Grade 1"),
            new("02", "Grade 2"),
            new("03", "Grade 3"),
            new("04", "Grade 4"),
            new("05", "Grade 5"),
            new("06", "Grade 6"),
            new("07", "Grade 7"),
            new("08", "Grade 8"),
            new("09", "Grade 9"),
            new("10", "Grade 10"),
            new("11", "Grade 11"),
            new("12", "Grade 12"),
            new("UG", "Ungraded"),
            new("OS", "Out of school"),
        ]),
        new(CodeSetNames.MedicalAlert, "MDE 45 Medical Alert Indicator.", 'S',
        [
            new("Chronic", "Chronic"),
            new("Acute", "Acute"),
            new("None", "None"),
        ]),
        new(CodeSetNames.GraduationHse, "MDE 53 Graduation/HSE Indicator (exact codes not seen).", 'I',
        [
            new("Graduated", "Graduated with a high school diploma"),
            new("HSE", "Earned a High School Equivalency"),
        ]),
        new(CodeSetNames.ContinuationOfServices, "MDE 56 Continuation of Services Reason (meanings from ESEA 1304(e)).", 'I',
        [
            new("01", "Until the end of the term (ESEA 1304(e)(1))"),
            new("02", "For one more school year (ESEA 1304(e)(2))"),
            new("03", "Secondary credit accrual until graduation (ESEA 1304(e)(3))"),
        ]),
    ];
}
