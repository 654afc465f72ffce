using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.MsixIds;

namespace MsixPortal.TestSupport.Records;

/// <summary>
/// Children saved straight into the database for record tests. The full child has every element
/// filled in its Texas record, a California record that disagrees on birth date and spelling, and
/// courses that are completed, partially credited and in progress.
/// </summary>
public static class RecordTestData
{
    public const string AccentedName = "José Ángel Muñoz Peña";
    public const string ParentFirstName = "Graciela";
    public const string BirthCity = "Guadalajara";

    private static long _sequence = MsixId.FirstSequenceNumber + 5000;

    public static string NewMsixId() => MsixId.FromSequenceNumber(Interlocked.Increment(ref _sequence));

    public static DateTime Submitted { get; } = new(2026, 3, 2, 15, 30, 0, DateTimeKind.Utc);

    public static DateTime CaliforniaSubmitted { get; } = new(2025, 9, 9, 9, 0, 0, DateTimeKind.Utc);

    public static async Task<ConsolidatedStudent> SaveAsync(IServiceProvider services, params StateStudentRecord[] records)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var student = new ConsolidatedStudent { MsixId = NewMsixId(), CreatedAt = Submitted, StateRecords = [.. records] };
        db.ConsolidatedStudents.Add(student);
        await db.SaveChangesAsync();
        return student;
    }

    public static Task<ConsolidatedStudent> SaveFullChildAsync(IServiceProvider services) =>
        SaveAsync(services, FullTexasRecord(), CaliforniaRecord());

    /// <summary>Only the required elements, from one State.</summary>
    public static StateStudentRecord MinimalRecord(string state, string stateStudentId = "") => new()
    {
        StateCode = state,
        StateStudentId = stateStudentId.Length > 0 ? stateStudentId : "M" + Guid.NewGuid().ToString("N")[..10],
        StateStudentIdType = "01", FirstName = "Ana", LastName1 = "Ruiz", Sex = "Female",
        BirthDate = new DateOnly(2012, 5, 6), CreatedAt = Submitted, LastSubmittedAt = Submitted,
    };

    public static StateStudentRecord FullTexasRecord() => new()
    {
        StateCode = "TX", StateStudentId = "TX" + Guid.NewGuid().ToString("N")[..10], StateStudentIdType = "01",
        FirstName = "José Ángel", MiddleName = "Ñandú", LastName1 = "Muñoz", LastName2 = "Peña", Suffix = "Jr.",
        Sex = "Male", BirthDate = new DateOnly(2010, 2, 14), MultipleBirth = false,
        BirthCity = BirthCity, BirthState = "TX", BirthCountry = "MX", BirthDateVerification = "1004",
        Parent1FirstName = ParentFirstName, Parent1LastName = "Peña", Parent2FirstName = "Rogelio", Parent2LastName = "Muñoz",
        Parent1Email = "graciela@example.org", Parent1Phone = "5125550101", Parent2Email = "rogelio@example.org", Parent2Phone = "5125550102",
        CreatedAt = Submitted.AddYears(-2), LastSubmittedAt = Submitted,
        AlternateIds = [new AlternateStateId { Identifier = "ALT-77", IdentifierType = "03", Sequence = 1, SubmittedAt = Submitted }],
        QualifyingMoves =
        [
            new QualifyingMove
            {
                Sequence = 1, SubmittedAt = Submitted, QualifyingArrivalDate = new DateOnly(2024, 6, 1),
                FromCity = "Yuma", FromState = "AZ", FromCountry = "MX", ToCity = "Pharr", ToState = "TX",
                EligibilityExpirationDate = new DateOnly(2027, 6, 1),
            },
        ],
        Enrollments = [FullEnrollment()],
        Courses =
        [
            Course(1, "Algebra I", "Mathematics", finalGrade: "A", credits: 1.00m),
            Course(2, "Geometry", "Mathematics", finalGrade: "B+", credits: 1.00m),
            Course(3, "Biology", "Science", gradeToDate: "B", credits: 0.50m, clockHours: 40),
            Course(4, "English 10", "English Language Arts", gradeToDate: "85", clockHours: 30),
        ],
        Assessments =
        [
            new Assessment
            {
                Sequence = 1, SubmittedAt = Submitted, AssessmentTitle = "STAAR Álgebra I Form 3", AssessmentContent = "Mathematics",
                AssessmentType = "09", AdministrationDate = new DateOnly(2025, 5, 1), ReportingMethod = "0504",
                ScoreResults = "=1+1", Interpretation = "Proficient",
            },
        ],
    };

    public static StateStudentRecord CaliforniaRecord() => new()
    {
        StateCode = "CA", StateStudentId = "CA" + Guid.NewGuid().ToString("N")[..10], StateStudentIdType = "02",
        FirstName = "Jose Angel", LastName1 = "Muñoz", LastName2 = "Peña", Sex = "Male", BirthDate = new DateOnly(2010, 2, 15),
        CreatedAt = CaliforniaSubmitted.AddYears(-1), LastSubmittedAt = CaliforniaSubmitted,
        Enrollments =
        [
            new Enrollment
            {
                Sequence = 1, SubmittedAt = CaliforniaSubmitted, EnrollmentDate = new DateOnly(2023, 1, 10), WithdrawalDate = new DateOnly(2023, 6, 1),
                EnrollmentType = "02", SchoolOrProjectName = "Delano Migrant Summer Academy", SchoolDistrict = "Delano Joint Union",
                GradeLevel = "07", EnglishLearner = true, Idea = false, MedicalAlert = "None", PriorityForServices = true,
                ImmunizationRecord = false,
            },
        ],
    };

    private static Enrollment FullEnrollment() => new()
    {
        Sequence = 1, SubmittedAt = Submitted, EnrollmentDate = new DateOnly(2025, 8, 20), EnrollmentType = "01",
        SchoolOrProjectName = "Pharr-San Juan-Alamo High School", MepProjectType = "01", SchoolId = "483510003924",
        FacilityName = "PSJA Main Campus", FacilityAddress1 = "805 W Ridge Rd", FacilityAddress2 = "Building B", FacilityAddress3 = "Room 12",
        FacilityCity = "San Juan", FacilityState = "TX", FacilityZip = "78589", TelephoneNumber = "9567025600",
        SchoolDistrictId = "4835100", SchoolDistrict = "Pharr-San Juan-Alamo ISD", GradeLevel = "10",
        EnglishLearner = true, Idea = true, MedicalAlert = "Chronic", PriorityForServices = true, ImmunizationRecord = true,
        WithdrawalDate = new DateOnly(2026, 1, 15), DistrictOfResidence = "4835100", ResidencyDate = new DateOnly(2025, 8, 1),
        ResidencyVerificationDate = new DateOnly(2025, 12, 1), DesignatedGraduationSchool = "483510003924",
        GraduationHseIndicator = "HSE", GraduationHseDate = new DateOnly(2026, 1, 10), OutOfStateTranscript = true,
        ContinuationOfServicesReason = "03", Algebra1 = true, EnrollmentComment = "Llegó a mitad del semestre.",
    };

    private static Course Course(int sequence, string title, string subject, string? finalGrade = null, string? gradeToDate = null,
        decimal? credits = null, int? clockHours = null) => new()
    {
        Sequence = sequence, SubmittedAt = Submitted, CourseTitle = title, SubjectArea = subject, CourseType = "01",
        BeginAcademicYear = 2025, EndAcademicYear = 2026, CourseSection = "A", TermType = "0828",
        FinalGrade = finalGrade, GradeToDate = gradeToDate, CreditsGranted = credits, ClockHours = clockHours,
    };
}
