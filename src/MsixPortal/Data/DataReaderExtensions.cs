using System.Data.Common;

namespace MsixPortal.Data;

/// <summary>Reading the columns that raw SQL queries (search, linking) return.</summary>
public static class DataReaderExtensions
{
    /// <summary>The column's text, or null when it is NULL.</summary>
    public static string? GetStringOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
