using MsixPortal.DataElements;

namespace MsixPortal.Features.Records.Export;

/// <summary>The credit accrual totals as an export table: one row per subject area, then all subjects.</summary>
internal static class CreditAccrualTable
{
    public static ExportTable Build(ConsolidatedRecord record)
    {
        var summary = CreditAccrual.Summarise(record.Courses.Select(c => c.Row));
        return new ExportTable(RecordSection.CreditAccrual.Title(), RecordSection.CreditAccrual.FileStem(),
            [
                new(DataElementCatalogue.ByNumber(60).Label, ExportCellKind.Text),
                new("Credits completed", ExportCellKind.Number),
                new("Partial credits", ExportCellKind.Number),
                new("Total credits", ExportCellKind.Number),
                new("Courses in progress", ExportCellKind.WholeNumber),
                new("Clock hours in progress", ExportCellKind.WholeNumber),
            ],
            [.. summary.BySubject.Append(summary.Overall).Select(s => (object?[])
                [s.SubjectArea, s.CompletedCredits, s.PartialCredits, s.TotalCredits, s.InProgressCourses, s.InProgressClockHours])]);
    }
}
