using MsixPortal.Features.Records.Export;
using MsixPortal.Features.Records.Export.Pdf;
using UglyToad.PdfPig;

namespace MsixPortal.Tests.Features.Records.Export;

public class PdfRecordRendererTests
{
    private readonly PdfRecordRenderer _renderer = new();

    [Fact]
    public void Render_AccentedName_ReadBackIntact()
    {
        var pages = PageTexts(SampleExport.Render(_renderer, SampleExport.Create()));

        Assert.Contains(SampleExport.AccentedName, pages[0], StringComparison.Ordinal);
        Assert.Contains("Álgebra 1", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CharacterBeyondU_FFFF_ReplacedByReplacementCharacterNotGarbled()
    {
        var people = new ExportTable("Demographics", "demographics",
            [new("State", ExportCellKind.Text), new("First Name", ExportCellKind.Text)],
            [["TX", "Ana\U0001F600 Peña"], ["CA", "\U00010348 Gothic"]]);
        var document = new ExportDocument(SampleExport.MsixId, DateTime.UtcNow, [people]);

        var text = string.Join(' ', PageTexts(SampleExport.Render(_renderer, document)));

        Assert.Contains("Ana\uFFFD Peña", text, StringComparison.Ordinal);
        Assert.Contains("\uFFFD Gothic", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u1F60", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, char.IsSurrogate);
    }

    [Fact]
    public void Render_ManyRows_EveryPageHasHeaderNoticeAndPageXOfY()
    {
        var pages = PageTexts(SampleExport.Render(_renderer, SampleExport.Create(courseRows: 200)));

        Assert.True(pages.Count >= 4, $"expected several pages, got {pages.Count}");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains("MSIX ID " + SampleExport.MsixId, pages[i], StringComparison.Ordinal);
            Assert.Contains("PERSONALLY IDENTIFIABLE INFORMATION", pages[i], StringComparison.Ordinal);
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_TableAcrossPages_RepeatsSectionTitleAndHeaderRow()
    {
        var pages = PageTexts(SampleExport.Render(_renderer, SampleExport.Create(courseRows: 200)));

        var continued = pages.Where(p => p.Contains("Course history (continued)", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(continued);
        Assert.All(continued, page => Assert.Contains("Course Title", page, StringComparison.Ordinal));
        Assert.Contains(pages, page => page.Contains("Álgebra 200", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_WideSection_BlocksWithEveryValue()
    {
        var document = new ExportDocument(SampleExport.MsixId, DateTime.UtcNow, [SampleExport.WideTable(rows: 12)]);

        var text = string.Join(' ', PageTexts(SampleExport.Render(_renderer, document)));

        Assert.Contains("value 12.34 Peña", text, StringComparison.Ordinal);
        Assert.Contains("Element 34", text, StringComparison.Ordinal);
        Assert.Contains("Element 1: value 1.1 Peña", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Metadata_HoldsNoName()
    {
        var bytes = SampleExport.Render(_renderer, SampleExport.Create());

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal("MSIX record " + SampleExport.MsixId, pdf.Information.Title);
    }

    private static List<string> PageTexts(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return pdf.GetPages().Select(page => string.Join(' ', page.GetWords().Select(w => w.Text))).ToList();
    }
}
