using Microsoft.EntityFrameworkCore.Metadata;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Students;

namespace MsixPortal.Features.SyntheticData.Loading;

/// <summary>The consolidated students and their State records' tables, in the order a load fills them.</summary>
internal sealed class StudentTables(IModel model)
{
    public CopyTable<ConsolidatedStudent> Students { get; } = CopyTable<ConsolidatedStudent>.From(model);
    public CopyTable<StateStudentRecord> Records { get; } = CopyTable<StateStudentRecord>.From(model);
    public CopyTable<AlternateStateId> AlternateIds { get; } = CopyTable<AlternateStateId>.From(model);
    public CopyTable<QualifyingMove> QualifyingMoves { get; } = CopyTable<QualifyingMove>.From(model);
    public CopyTable<Enrollment> Enrollments { get; } = CopyTable<Enrollment>.From(model);
    public CopyTable<Course> Courses { get; } = CopyTable<Course>.From(model);
    public CopyTable<Assessment> Assessments { get; } = CopyTable<Assessment>.From(model);

    /// <summary>(table, key column) of every table, parents first.</summary>
    public IReadOnlyList<(string Table, string KeyColumn)> All =>
    [
        (Students.TableName, Students.KeyColumn), (Records.TableName, Records.KeyColumn),
        (AlternateIds.TableName, AlternateIds.KeyColumn), (QualifyingMoves.TableName, QualifyingMoves.KeyColumn),
        (Enrollments.TableName, Enrollments.KeyColumn), (Courses.TableName, Courses.KeyColumn),
        (Assessments.TableName, Assessments.KeyColumn),
    ];

    public IReadOnlyList<string> Names => [.. All.Select(t => t.Table)];
}
