using System.IO.Compression;
using System.Text;
using MsixPortal.Features.Records.Export.Csv;

namespace MsixPortal.Tests.Features.Records.Export;

public class CsvZipRendererTests
{
    private readonly CsvZipRenderer _renderer = new();

    [Fact]
    public void Render_ThreeSections_OneUtf8FilePerSectionPlusNotice()
    {
        var zip = Open(SampleExport.Render(_renderer, SampleExport.Create()));

        Assert.Equal(
            [CsvZipRenderer.NoticeFileName, "01-demographics.csv", "02-course-history.csv", "03-assessments.csv"],
            zip.Entries.Select(e => e.FullName));
        var demographics = Read(zip, "01-demographics.csv");
        Assert.Equal("State,Submitted,First Name,Birth Date", demographics[0]);
        Assert.Equal("TX,2024-05-01,José Ángel Muñoz Peña,2012-02-29", demographics[1]);
    }

    [Fact]
    public void Render_NumbersAndDates_InvariantText()
    {
        var zip = Open(SampleExport.Render(_renderer, SampleExport.Create()));

        Assert.Equal("CA,Álgebra 3,1.50,3,03/2023", Read(zip, "02-course-history.csv")[3]);
    }

    [Fact]
    public void Render_FormulaLikeText_PrefixedWithApostrophe()
    {
        var zip = Open(SampleExport.Render(_renderer, SampleExport.Create()));

        var scores = Read(zip, "03-assessments.csv").Skip(1).Select(line => line[3..]).ToList();
        Assert.Equal(SampleExport.FormulaLikeValues.Length, scores.Count);
        Assert.All(scores, score => Assert.StartsWith("'", score.TrimStart('"'), StringComparison.Ordinal));
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", scores);
    }

    [Fact]
    public void Render_Files_StartWithUtf8ByteOrderMark()
    {
        var zip = Open(SampleExport.Render(_renderer, SampleExport.Create()));

        using var stream = zip.GetEntry("01-demographics.csv")!.Open();
        var bom = new byte[3];
        stream.ReadExactly(bom);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bom);
    }

    private static ZipArchive Open(byte[] bytes) => new(new MemoryStream(bytes), ZipArchiveMode.Read);

    private static List<string> Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
