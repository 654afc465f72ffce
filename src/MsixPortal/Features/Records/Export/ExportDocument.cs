namespace MsixPortal.Features.Records.Export;

/// <summary>
/// A record export as format-neutral tables: what the shaper built and every renderer draws.
/// Holds no formatting decisions beyond the kind of each column.
/// </summary>
/// <param name="MsixId">The child's MSIX ID, printed on every page and in the file name.</param>
/// <param name="GeneratedAtUtc">When the export was made.</param>
/// <param name="Sections">The chosen sections, in record order.</param>
public sealed record ExportDocument(string MsixId, DateTime GeneratedAtUtc, IReadOnlyList<ExportTable> Sections);

/// <summary>One section of the export: a title, its columns and its rows.</summary>
/// <param name="Title">The section's title, e.g. "Course history".</param>
/// <param name="FileStem">A short ASCII name for the section's CSV file or Excel sheet.</param>
/// <param name="Columns">Columns, in catalogue export order.</param>
/// <param name="Rows">Rows of cells; each cell is null, a string, a DateOnly, a decimal or an int, as its column's kind says.</param>
public sealed record ExportTable(
    string Title,
    string FileStem,
    IReadOnlyList<ExportColumn> Columns,
    IReadOnlyList<object?[]> Rows);

/// <param name="Header">The column heading: a data element's catalogue label, or "State"/"Submitted".</param>
/// <param name="Kind">How the column's cells are typed.</param>
public sealed record ExportColumn(string Header, ExportCellKind Kind);

/// <summary>The type of a column's cells, so that spreadsheets get real dates and numbers.</summary>
public enum ExportCellKind
{
    Text,
    Date,
    MonthYear,
    WholeNumber,
    Number,
}
