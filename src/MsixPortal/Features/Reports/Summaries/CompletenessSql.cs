using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.DataElements;

namespace MsixPortal.Features.Reports.Summaries;

/// <summary>
/// Data-quality SQL built from the data-element catalogue and the EF model (so a new element is
/// measured without touching SQL): per table of a State's data, one pass that counts the rows, the
/// rows holding each MDE, and the rows whose coded MDE is not in its code set.
/// </summary>
public sealed class CompletenessSql
{
    private static readonly Type[] Tables =
        [typeof(StateStudentRecord), typeof(QualifyingMove), typeof(Enrollment), typeof(Course), typeof(Assessment)];

    private CompletenessSql(IReadOnlyList<TableQuery> queries, string missingRequiredCondition)
    {
        Queries = queries;
        MissingRequiredCondition = missingRequiredCondition;
    }

    /// <summary>One statement per table; each returns one row: row count, then (present, outside the code set) per element.</summary>
    public IReadOnlyList<TableQuery> Queries { get; }

    /// <summary>A condition on a State record (alias r) true when it lacks a required demographic MDE.</summary>
    public string MissingRequiredCondition { get; }

    public static CompletenessSql For(IModel model)
    {
        var queries = Tables.Select(type => Build(model.FindEntityType(type)!)).ToList();
        var record = model.FindEntityType(typeof(StateStudentRecord))!;
        var missing = DataElementCatalogue.ForEntity(typeof(StateStudentRecord))
            .Where(e => e.Required && e.Number is not null)
            .Select(e => Absent("r", record, e))
            .ToList();
        return new CompletenessSql(queries, missing.Count == 0 ? "false" : string.Join(" OR ", missing));
    }

    private static TableQuery Build(IEntityType entity)
    {
        var elements = DataElementCatalogue.ForEntity(entity.ClrType).Where(e => e.Number is not null).ToList();
        var sql = new StringBuilder("SELECT count(*)");
        foreach (var element in elements)
        {
            sql.Append(", count(*) FILTER (WHERE NOT (").Append(Absent("t", entity, element)).Append("))");
            sql.Append(", ").Append(OutsideCodeSet(entity, element));
        }
        var table = entity.GetTableName();
        sql.Append(entity.ClrType == typeof(StateStudentRecord)
            ? $" FROM {table} t WHERE t.state_code = @state"
            : $" FROM {table} t JOIN state_student_records r ON r.id = t.state_student_record_id WHERE r.state_code = @state");
        return new TableQuery(sql.ToString(), [.. elements.Select(e => e.Number!.Value)]);
    }

    private static string Absent(string alias, IEntityType entity, DataElement element)
    {
        var (column, isText) = Column(entity, element);
        return isText ? $"coalesce({alias}.{column}, '') = ''" : $"{alias}.{column} IS NULL";
    }

    private static string OutsideCodeSet(IEntityType entity, DataElement element)
    {
        var (column, isText) = Column(entity, element);
        if (element.CodeSet is null || !isText)
        {
            return "0::bigint";
        }
        var codeSet = element.CodeSet.Replace("'", "''", StringComparison.Ordinal);
        // ARRAY(subquery) is evaluated once per statement, not per row.
        return $"count(*) FILTER (WHERE t.{column} <> '' AND t.{column} <> ALL (ARRAY(SELECT code FROM code_set_values WHERE code_set = '{codeSet}')))";
    }

    private static (string Column, bool IsText) Column(IEntityType entity, DataElement element)
    {
        var property = entity.FindProperty(element.Property)!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return (property.GetColumnName(table)!, property.ClrType == typeof(string));
    }
}

/// <param name="Sql">The statement (parameter @state).</param>
/// <param name="ElementNumbers">The MDE numbers, in the order of the (present, outside) column pairs after the row count.</param>
public sealed record TableQuery(string Sql, IReadOnlyList<int> ElementNumbers);
