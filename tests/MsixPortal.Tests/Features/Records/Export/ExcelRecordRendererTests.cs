using ClosedXML.Excel;
using MsixPortal.Features.Records.Export.Excel;

namespace MsixPortal.Tests.Features.Records.Export;

public class ExcelRecordRendererTests
{
    private readonly ExcelRecordRenderer _renderer = new();

    [Fact]
    public void Render_ThreeSections_NoticeSheetThenOneSheetPerSection()
    {
        using var workbook = Open(SampleExport.Render(_renderer, SampleExport.Create()));

        Assert.Equal([ExcelRecordRenderer.NoticeSheetName, "Demographics", "Course history", "Assessments"],
            workbook.Worksheets.Select(s => s.Name));
        Assert.Equal(SampleExport.MsixId, workbook.Worksheet(1).Cell(2, 2).GetString());
    }

    [Fact]
    public void Render_Cells_TypedDatesNumbersAndAccentedText()
    {
        using var workbook = Open(SampleExport.Render(_renderer, SampleExport.Create()));

        var people = workbook.Worksheet("Demographics");
        Assert.Equal(SampleExport.AccentedName, people.Cell(2, 3).GetString());
        Assert.Equal(XLDataType.DateTime, people.Cell(2, 4).DataType);
        Assert.Equal(new DateTime(2012, 2, 29), people.Cell(2, 4).GetDateTime());
        var courses = workbook.Worksheet("Course history");
        Assert.Equal(XLDataType.Number, courses.Cell(4, 3).DataType);
        Assert.Equal(1.5, courses.Cell(4, 3).GetDouble());
        Assert.Equal(XLDataType.Number, courses.Cell(4, 4).DataType);
    }

    [Fact]
    public void Render_SectionSheets_HeaderFrozenAndWidthsSet()
    {
        using var workbook = Open(SampleExport.Render(_renderer, SampleExport.Create()));

        var courses = workbook.Worksheet("Course history");
        Assert.Equal(1, courses.SheetView.SplitRow);
        Assert.Equal("Course Title", courses.Cell(1, 2).GetString());
        Assert.True(courses.Cell(1, 2).Style.Font.Bold);
        Assert.All(Enumerable.Range(1, 5), c => Assert.InRange(courses.Column(c).Width, 8, 60));
    }

    [Fact]
    public void Render_FormulaLikeText_TextCellsWithApostrophe()
    {
        using var workbook = Open(SampleExport.Render(_renderer, SampleExport.Create()));

        var sheet = workbook.Worksheet("Assessments");
        var cells = Enumerable.Range(2, SampleExport.FormulaLikeValues.Length).Select(r => sheet.Cell(r, 2)).ToList();
        Assert.All(cells, cell => Assert.False(cell.HasFormula));
        Assert.All(cells, cell => Assert.Equal(XLDataType.Text, cell.DataType));
        Assert.Equal(SampleExport.FormulaLikeValues.Select(v => "'" + v), cells.Select(c => c.GetString()));
    }

    private static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));
}
