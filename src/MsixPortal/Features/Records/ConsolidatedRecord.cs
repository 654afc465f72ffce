using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.Records;

/// <summary>
/// One consolidated student as loaded for viewing or export: the MSIX ID and every State record
/// with its repeating rows, newest submission first. Read-only; shared by the page and exports.
/// </summary>
public sealed class ConsolidatedRecord(string msixId, IReadOnlyList<StateStudentRecord> stateRecords)
{
    public string MsixId { get; } = msixId;

    /// <summary>The States' records, the most recently submitted first.</summary>
    public IReadOnlyList<StateStudentRecord> StateRecords { get; } =
        [.. stateRecords.OrderByDescending(r => r.LastSubmittedAt).ThenBy(r => r.StateCode, StringComparer.Ordinal)];

    /// <summary>The States that submitted a record of this child.</summary>
    public IReadOnlySet<string> SubmittingStates =>
        StateRecords.Select(r => r.StateCode).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<Sourced<QualifyingMove>> QualifyingMoves =>
        Rows(r => r.QualifyingMoves).OrderByDescending(m => m.Row.QualifyingArrivalDate);

    public IEnumerable<Sourced<Enrollment>> Enrollments =>
        Rows(r => r.Enrollments).OrderByDescending(e => e.Row.EnrollmentDate).ThenByDescending(e => e.Row.WithdrawalDate);

    /// <summary>Courses newest school year first, then by title.</summary>
    public IEnumerable<Sourced<Course>> Courses =>
        Rows(r => r.Courses)
            .OrderByDescending(c => c.Row.BeginAcademicYear)
            .ThenBy(c => c.Row.TermType, StringComparer.Ordinal)
            .ThenBy(c => c.Row.CourseTitle, StringComparer.CurrentCulture);

    public IEnumerable<Sourced<Assessment>> Assessments =>
        Rows(r => r.Assessments).OrderByDescending(a => a.Row.AdministrationDate);

    private IEnumerable<Sourced<TRow>> Rows<TRow>(Func<StateStudentRecord, List<TRow>> select)
        where TRow : StateRecordRow =>
        StateRecords.SelectMany(record => select(record).Select(row => new Sourced<TRow>(row, record.StateCode)));
}

/// <summary>A repeating row with the State that submitted it (its submission time is on the row).</summary>
public readonly record struct Sourced<TRow>(TRow Row, string StateCode)
    where TRow : StateRecordRow
{
    public DateTime SubmittedAt => Row.SubmittedAt;
}
