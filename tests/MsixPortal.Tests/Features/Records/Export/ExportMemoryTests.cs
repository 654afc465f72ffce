using MsixPortal.Features.Records.Export;
using MsixPortal.Features.Records.Export.Csv;
using MsixPortal.Features.Records.Export.Excel;
using MsixPortal.Features.Records.Export.Pdf;

namespace MsixPortal.Tests.Features.Records.Export;

public class ExportMemoryTests
{
    [Fact]
    public void Render_ThreeHundredExportsPerFormat_ManagedMemoryDoesNotGrow()
    {
        IRecordExportRenderer[] renderers = [new PdfRecordRenderer(), new ExcelRecordRenderer(), new CsvZipRenderer()];
        var document = SampleExport.Create(courseRows: 60);
        RenderAll(renderers, document, times: 20);
        var before = SettledMemory();

        RenderAll(renderers, document, times: 300);

        var growth = SettledMemory() - before;
        Assert.True(growth < 4_000_000, $"managed heap grew by {growth:N0} bytes over 900 exports");
    }

    private static void RenderAll(IRecordExportRenderer[] renderers, ExportDocument document, int times)
    {
        for (var i = 0; i < times; i++)
        {
            foreach (var renderer in renderers)
            {
                SampleExport.Render(renderer, document);
            }
        }
    }

    private static long SettledMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
