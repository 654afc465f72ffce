using MsixPortal.Features.Records.Export;

namespace MsixPortal.Tests.Features.Records.Export;

/// <summary>Export documents for renderer tests: accented names, formula-like text, many rows.</summary>
internal static class SampleExport
{
    public const string MsixId = "123456789012";
    public const string AccentedName = "José Ángel Muñoz Peña";

    public static readonly string[] FormulaLikeValues = ["=HYPERLINK(\"http://x\")", "+1+2", "-3+4", "@SUM(A1)", "\tTab", "\0Nul"];

    public static ExportDocument Create(int courseRows = 3)
    {
        var people = new ExportTable("Demographics", "demographics",
            [new("State", ExportCellKind.Text), new("Submitted", ExportCellKind.Date), new("First Name", ExportCellKind.Text),
             new("Birth Date", ExportCellKind.Date)],
            [["TX", new DateOnly(2024, 5, 1), AccentedName, new DateOnly(2012, 2, 29)]]);
        var courses = new ExportTable("Course history", "course-history",
            [new("State", ExportCellKind.Text), new("Course Title", ExportCellKind.Text),
             new("Credits Granted", ExportCellKind.Number), new("Clock Hours", ExportCellKind.WholeNumber),
             new("Administration", ExportCellKind.MonthYear)],
            Enumerable.Range(1, courseRows)
                .Select(i => new object?[] { "CA", $"Álgebra {i}", 0.5m * i, i, new DateOnly(2023, 3, 1) })
                .ToList());
        var tricky = new ExportTable("Assessments", "assessments",
            [new("State", ExportCellKind.Text), new("Score Results", ExportCellKind.Text)],
            FormulaLikeValues.Select(v => new object?[] { "FL", v }).ToList());
        return new ExportDocument(MsixId, new DateTime(2026, 1, 2, 3, 4, 0, DateTimeKind.Utc), [people, courses, tricky]);
    }

    /// <summary>A section with as many columns as an enrollment (block layout in PDFs).</summary>
    public static ExportTable WideTable(int rows) =>
        new("Enrollments", "enrollments",
            [.. Enumerable.Range(1, 34).Select(c => new ExportColumn($"Element {c}", ExportCellKind.Text))],
            [.. Enumerable.Range(1, rows).Select(r => Enumerable.Range(1, 34).Select(c => (object?)$"value {r}.{c} Peña").ToArray())]);

    public static byte[] Render(IRecordExportRenderer renderer, ExportDocument document)
    {
        using var stream = new MemoryStream();
        renderer.Render(document, stream);
        return stream.ToArray();
    }
}
