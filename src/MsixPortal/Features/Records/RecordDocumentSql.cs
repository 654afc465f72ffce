using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MsixPortal.Data.Bulk;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.MergeSplit;

namespace MsixPortal.Features.Records;

/// <summary>
/// The one SQL statement that loads a record page: follows merges from the requested MSIX ID to the
/// student it names today (as <see cref="MsixIdResolver"/> does, in the same round trip), and returns that student's State records with all their rows, and its
/// MSIX ID history, as JSON built by PostgreSQL. One round trip instead of one query per kind of
/// row: on a busy portal the round trips, not the rows, were most of a record page's cost.
/// Tables, columns and JSON keys come from the EF model (keys are the entity property names), so
/// the statement follows the entity configurations when they change.
/// </summary>
internal static class RecordDocumentSql
{
    /// <summary>
    /// PostgreSQL functions take at most 100 arguments. The objects are built as json, not jsonb:
    /// PostgreSQL writes json text directly, while jsonb is built as a binary tree (keys sorted) and
    /// then printed, which made the whole statement take about 1.7 times as long (pgbench, typical
    /// child). jsonb could join larger objects with ||; no entity needs that yet.
    /// </summary>
    private const int MaxPairs = 50;

    // Columns: 0 the MSIX ID the student has today, 1 State records (JSON array), 2 MSIX ID history (JSON array).
    public static string Build(IModel model)
    {
        var students = Table<ConsolidatedStudent>(model);
        var id = Column<ConsolidatedStudent>(model, nameof(ConsolidatedStudent.Id));
        var msixId = Column<ConsolidatedStudent>(model, nameof(ConsolidatedStudent.MsixId));
        var mergedInto = Column<ConsolidatedStudent>(model, nameof(ConsolidatedStudent.MergedIntoStudentId));
        var recordStudent = Column<StateStudentRecord>(model, nameof(StateStudentRecord.ConsolidatedStudentId));
        string[] rows =
        [
            ChildRows<AlternateStateId>(model, nameof(StateStudentRecord.AlternateIds)),
            ChildRows<QualifyingMove>(model, nameof(StateStudentRecord.QualifyingMoves)),
            ChildRows<Enrollment>(model, nameof(StateStudentRecord.Enrollments)),
            ChildRows<Course>(model, nameof(StateStudentRecord.Courses)),
            ChildRows<Assessment>(model, nameof(StateStudentRecord.Assessments)),
        ];
        return $"""
            WITH RECURSIVE chain AS (
                SELECT s.{id} AS id, s.{msixId} AS msix_id, s.{mergedInto} AS merged_into, 0 AS hop
                FROM {students} s WHERE s.{msixId} = @msix_id
              UNION ALL
                SELECT m.{id}, m.{msixId}, m.{mergedInto}, c.hop + 1
                FROM chain c JOIN {students} m ON m.{id} = c.merged_into
                WHERE c.hop < {MsixIdResolver.MaxHops.ToString(CultureInfo.InvariantCulture)})
            SELECT cur.msix_id,
                (SELECT coalesce(json_agg({JsonObject<StateStudentRecord>(model, "r", rows)}), '[]'::json)
                 FROM {Table<StateStudentRecord>(model)} r WHERE r.{recordStudent} = cur.id)::text,
                ({History(model)})::text
            FROM (SELECT id, msix_id FROM chain ORDER BY hop DESC LIMIT 1) cur
            """;
    }

    private static string ChildRows<TRow>(IModel model, string navigation)
        where TRow : StateRecordRow =>
        $"'{navigation}', (SELECT coalesce(json_agg({JsonObject<TRow>(model, "x", [])}), '[]'::json) " +
        $"FROM {Table<TRow>(model)} x WHERE x.{Column<TRow>(model, nameof(StateRecordRow.StateStudentRecordId))} = r.id)";

    private static string History(IModel model)
    {
        var history = Table<MsixIdHistoryEntry>(model);
        string H(string property) => "h." + Column<MsixIdHistoryEntry>(model, property);
        var otherMsixId = Column<ConsolidatedStudent>(model, nameof(ConsolidatedStudent.MsixId));
        var otherId = Column<ConsolidatedStudent>(model, nameof(ConsolidatedStudent.Id));
        return $"SELECT coalesce(json_agg(json_build_object('Event', {H(nameof(MsixIdHistoryEntry.Event))}, 'OtherMsixId', o.{otherMsixId}, " +
            $"'OccurredAt', {UtcText(H(nameof(MsixIdHistoryEntry.OccurredAt)))}, 'FlagId', {H(nameof(MsixIdHistoryEntry.FlagId))}) " +
            $"ORDER BY {H(nameof(MsixIdHistoryEntry.OccurredAt))}, {H(nameof(MsixIdHistoryEntry.Id))}), '[]'::json) " +
            $"FROM {history} h JOIN {Table<ConsolidatedStudent>(model)} o ON o.{otherId} = {H(nameof(MsixIdHistoryEntry.OtherStudentId))} " +
            $"WHERE {H(nameof(MsixIdHistoryEntry.ConsolidatedStudentId))} = cur.id";
    }

    /// <summary>A JSON object of every mapped property of <typeparamref name="T"/>, keyed by property name, and <paramref name="morePairs"/>.</summary>
    private static string JsonObject<T>(IModel model, string alias, IEnumerable<string> morePairs)
    {
        var entity = Entity<T>(model);
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var pairs = new List<string>();
        foreach (var property in entity.GetProperties())
        {
            if (property.GetColumnName(table) is not { } column || property.PropertyInfo is null)
            {
                continue;
            }
            if (property.GetValueConverter() is not null)
            {
                throw new NotSupportedException($"{typeof(T).Name}.{property.Name} has a value converter; the record's JSON cannot carry it.");
            }
            var value = $"{alias}.{Sql.Quote(column)}";
            var clrType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            pairs.Add($"'{property.Name}', {(clrType == typeof(DateTime) ? UtcText(value) : value)}");
        }
        pairs.AddRange(morePairs);
        if (pairs.Count > MaxPairs)
        {
            throw new NotSupportedException($"{typeof(T).Name} has {pairs.Count} JSON pairs; json_build_object takes at most {MaxPairs}: build it in parts.");
        }
        return $"json_build_object({string.Join(", ", pairs)})";
    }

    /// <summary>A timestamp as ISO 8601 text in UTC with a Z, which System.Text.Json reads as a UTC DateTime (as Npgsql gives).</summary>
    private static string UtcText(string timestamp) =>
        $"to_char({timestamp} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";

    private static IEntityType Entity<T>(IModel model) =>
        model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");

    private static string Table<T>(IModel model) => Sql.Quote(Entity<T>(model).GetTableName()!);

    private static string Column<T>(IModel model, string property)
    {
        var entity = Entity<T>(model);
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return Sql.Quote(entity.FindProperty(property)!.GetColumnName(table)!);
    }
}
