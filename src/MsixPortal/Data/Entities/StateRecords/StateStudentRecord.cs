using MsixPortal.Data.Entities.Students;

namespace MsixPortal.Data.Entities.StateRecords;

/// <summary>
/// What one State submitted about one child: identity, birth and parent MDEs (section A), with
/// its repeating child rows. Several States' records make up one consolidated student.
/// </summary>
public class StateStudentRecord
{
    public long Id { get; set; }

    public long ConsolidatedStudentId { get; set; }
    public ConsolidatedStudent? ConsolidatedStudent { get; set; }

    /// <summary>The submitting State's postal code (the file header's State).</summary>
    public string StateCode { get; set; } = "";

    public string StateStudentId { get; set; } = "";          // MDE 2
    public string StateStudentIdType { get; set; } = "";      // MDE 3
    public string FirstName { get; set; } = "";               // MDE 4
    public string? MiddleName { get; set; }                   // MDE 5
    public string LastName1 { get; set; } = "";               // MDE 6
    public string? LastName2 { get; set; }                    // MDE 7
    public string? Suffix { get; set; }                       // MDE 8
    public string Sex { get; set; } = "";                     // MDE 9
    public DateOnly BirthDate { get; set; }                   // MDE 10
    public bool? MultipleBirth { get; set; }                  // MDE 11
    public string? BirthCity { get; set; }                    // MDE 12
    public string? BirthState { get; set; }                   // MDE 13
    public string? BirthCountry { get; set; }                 // MDE 14
    public string? BirthDateVerification { get; set; }        // MDE 15
    public string? Parent1FirstName { get; set; }             // MDE 16
    public string? Parent1LastName { get; set; }              // MDE 17
    public string? Parent2FirstName { get; set; }             // MDE 18
    public string? Parent2LastName { get; set; }              // MDE 19
    public string? Parent1Email { get; set; }                 // MDE 77
    public string? Parent1Phone { get; set; }                 // MDE 78
    public string? Parent2Email { get; set; }                 // MDE 79
    public string? Parent2Phone { get; set; }                 // MDE 80

    public DateTime CreatedAt { get; set; }

    /// <summary>When the State last sent this record (shown beside every value it submitted).</summary>
    public DateTime LastSubmittedAt { get; set; }

    public List<AlternateStateId> AlternateIds { get; set; } = [];
    public List<QualifyingMove> QualifyingMoves { get; set; } = [];
    public List<Enrollment> Enrollments { get; set; } = [];
    public List<Course> Courses { get; set; } = [];
    public List<Assessment> Assessments { get; set; } = [];
}
