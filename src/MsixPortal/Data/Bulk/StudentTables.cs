using Microsoft.EntityFrameworkCore.Metadata;
using MsixPortal.Data.Entities.Linking;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Students;

namespace MsixPortal.Data.Bulk;

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

    /// <summary>Linking's blocking keys of each State record (computed in C# from each record, not by a trigger).</summary>
    public CopyTable<MatchKey> MatchKeys { get; } = CopyTable<MatchKey>.From(model);

    /// <summary>(table, generated key column) of every table whose keys the loader hands out, parents first.</summary>
    public IReadOnlyList<(string Table, string KeyColumn)> WithGeneratedKeys =>
    [
        Keyed(Students), Keyed(Records), Keyed(AlternateIds), Keyed(QualifyingMoves),
        Keyed(Enrollments), Keyed(Courses), Keyed(Assessments),
    ];

    public IReadOnlyList<string> Names => [.. WithGeneratedKeys.Select(t => t.Table), MatchKeys.TableName];

    private static (string, string) Keyed<T>(CopyTable<T> table)
        where T : class => (table.TableName, table.KeyColumn!);
}
