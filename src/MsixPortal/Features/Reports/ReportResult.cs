using MsixPortal.Features.Records.Export;
using MsixPortal.Features.Reports.Charts;

namespace MsixPortal.Features.Reports;

/// <summary>
/// What a report computed: the chart, the table behind it (the same cells the page, the CSV and the
/// Excel file show, small cells already suppressed), notes that explain the figures, and any further
/// tables (shown under the first, one sheet each in Excel, one after the other in CSV).
/// </summary>
public sealed record ReportResult(BarChart Chart, ExportTable Table, IReadOnlyList<string> Notes)
{
    public IReadOnlyList<ExportTable> MoreTables { get; init; } = [];

    public IEnumerable<ExportTable> Tables => MoreTables.Prepend(Table);
}
