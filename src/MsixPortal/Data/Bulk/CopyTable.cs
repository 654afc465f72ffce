using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace MsixPortal.Data.Bulk;

/// <summary>
/// Writes entities of one type with PostgreSQL's binary COPY. The table, the columns and any value
/// converters come from the EF model, so the loader follows the entity configurations when they change.
/// Each row is written by a compiled expression (no reflection or boxing per value).
/// </summary>
internal sealed class CopyTable<T>
    where T : class
{
    private static readonly MethodInfo WriteNull = typeof(NpgsqlBinaryImporter).GetMethod(nameof(NpgsqlBinaryImporter.WriteNull), Type.EmptyTypes)!;

    private static readonly MethodInfo WriteGeneric = typeof(NpgsqlBinaryImporter).GetMethods()
        .Single(m => m.Name == nameof(NpgsqlBinaryImporter.Write) && m.IsGenericMethod && m.GetParameters().Length == 1);

    private readonly Action<NpgsqlBinaryImporter, T> _writeRow;

    private CopyTable(string tableName, string? keyColumn, IReadOnlyList<string> columns, Action<NpgsqlBinaryImporter, T> writeRow)
    {
        TableName = tableName;
        KeyColumn = keyColumn;
        Columns = columns;
        _writeRow = writeRow;
    }

    public string TableName { get; }

    /// <summary>The generated primary-key column (id), which the loader fills itself; null for a composite key.</summary>
    public string? KeyColumn { get; }

    public IReadOnlyList<string> Columns { get; }

    public static CopyTable<T> From(IModel model)
    {
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var importer = Expression.Parameter(typeof(NpgsqlBinaryImporter), "importer");
        var row = Expression.Parameter(typeof(T), "row");
        var columns = new List<string>();
        var writes = new List<Expression>();
        foreach (var property in entity.GetProperties())
        {
            var column = property.GetColumnName(table);
            // xmin is PostgreSQL's system column (row version); computed columns are the database's to fill.
            if (column is null || column == "xmin" || property.GetComputedColumnSql(table) is not null)
            {
                continue;
            }
            var clrProperty = property.PropertyInfo
                ?? throw new NotSupportedException($"{typeof(T).Name}.{property.Name} is a shadow property; the bulk loader cannot fill it.");
            columns.Add(column);
            writes.Add(WriteValue(importer, Expression.Property(row, clrProperty), property));
        }
        var body = Expression.Block(writes);
        var keyProperties = entity.FindPrimaryKey()!.Properties;
        var key = keyProperties.Count == 1 ? keyProperties[0].GetColumnName(table) : null;
        return new CopyTable<T>(table.Name, key, columns, Expression.Lambda<Action<NpgsqlBinaryImporter, T>>(body, importer, row).Compile());
    }

    private string CopyCommand(string table) =>
        $"COPY {Sql.Quote(table)} ({string.Join(", ", Columns.Select(Sql.Quote))}) FROM STDIN (FORMAT BINARY)";

    /// <summary>
    /// Copies the rows in one COPY command on the connection (inside its current transaction), into the
    /// entity's table or into <paramref name="into"/>, a staging table of the same columns.
    /// </summary>
    public async Task<int> CopyAsync(NpgsqlConnection connection, IEnumerable<T> rows, CancellationToken cancellationToken, string? into = null)
    {
        var count = 0;
        await using var writer = await connection.BeginBinaryImportAsync(CopyCommand(into ?? TableName), cancellationToken);
        writer.Timeout = TimeSpan.Zero; // no limit: triggers on the table may take long for a large batch
        foreach (var item in rows)
        {
            writer.StartRow();
            _writeRow(writer, item);
            count++;
        }
        await writer.CompleteAsync(cancellationToken);
        return count;
    }

    /// <summary>importer.Write&lt;TProvider&gt;(converted value), or importer.WriteNull() for a null.</summary>
    private static Expression WriteValue(ParameterExpression importer, Expression value, IProperty property)
    {
        var converter = property.GetTypeMapping().Converter;
        var underlying = Nullable.GetUnderlyingType(value.Type);
        var nonNull = underlying is null ? value : Expression.Property(value, "Value");
        if (converter is not null)
        {
            var convert = converter.ConvertToProviderExpression;
            nonNull = Expression.Invoke(convert, Expression.Convert(nonNull, convert.Parameters[0].Type));
        }
        var providerType = Nullable.GetUnderlyingType(nonNull.Type) ?? nonNull.Type;
        if (providerType == typeof(DateTime))
        {
            // PostgreSQL timestamptz wants UTC; the generator makes UTC values, this states it for the driver.
            nonNull = Expression.Call(typeof(DateTime), nameof(DateTime.SpecifyKind), null, Expression.Convert(nonNull, typeof(DateTime)), Expression.Constant(DateTimeKind.Utc));
        }
        var write = Expression.Call(importer, WriteGeneric.MakeGenericMethod(nonNull.Type), nonNull);
        if (!value.Type.IsValueType || underlying is not null)
        {
            var isNull = underlying is not null
                ? (Expression)Expression.Not(Expression.Property(value, "HasValue"))
                : Expression.Equal(value, Expression.Constant(null, value.Type));
            return Expression.IfThenElse(isNull, Expression.Call(importer, WriteNull), write);
        }
        return write;
    }
}
