namespace MsixPortal.Features.Records.Export;

/// <summary>The parts of a record a user can choose to export, in record order.</summary>
public enum RecordSection
{
    Demographics,
    QualifyingMoves,
    Enrollments,
    Courses,
    CreditAccrual,
    Assessments,
}

public static class RecordSectionNames
{
    public static string Title(this RecordSection section) => section switch
    {
        RecordSection.Demographics => "Demographics",
        RecordSection.QualifyingMoves => "Qualifying moves and eligibility",
        RecordSection.Enrollments => "Enrollments",
        RecordSection.Courses => "Course history",
        RecordSection.CreditAccrual => "Credit accrual",
        RecordSection.Assessments => "Assessments",
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    /// <summary>ASCII name for the section's CSV file.</summary>
    public static string FileStem(this RecordSection section) => section switch
    {
        RecordSection.Demographics => "demographics",
        RecordSection.QualifyingMoves => "qualifying-moves",
        RecordSection.Enrollments => "enrollments",
        RecordSection.Courses => "course-history",
        RecordSection.CreditAccrual => "credit-accrual",
        RecordSection.Assessments => "assessments",
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };
}
