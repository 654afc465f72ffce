using MsixPortal.Features.Records.Export;
using MsixPortal.Features.Records.Export.Csv;
using MsixPortal.Features.Records.Export.Excel;
using MsixPortal.Features.Records.Export.Pdf;

namespace MsixPortal.Tests.Features.Records.Export;

/// <summary>Runs alone, after the parallel tests: the managed heap is process-wide.</summary>
[CollectionDefinition(nameof(ExportMemoryTests), DisableParallelization = true)]
public sealed class RunsAloneAfterParallelTests;

[Collection(nameof(ExportMemoryTests))]
public class ExportMemoryTests
{
    [Fact]
    public void Render_TwoHundredExportsPerFormat_ManagedMemoryDoesNotGrow()
    {
        IRecordExportRenderer[] renderers = [new PdfRecordRenderer(), new ExcelRecordRenderer(), new CsvZipRenderer()];
        var document = SampleExport.Create(courseRows: 60);
        RenderAll(renderers, document, times: 20);
        var before = SettledMemory();

        RenderAll(renderers, document, times: 200);

        var growth = SettledMemory() - before;
        Assert.True(growth < 4_000_000, $"managed heap grew by {growth:N0} bytes over 600 exports");
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
