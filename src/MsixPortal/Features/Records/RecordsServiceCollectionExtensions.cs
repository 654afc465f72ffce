using MsixPortal.Data.CodeSets;
using MsixPortal.Features.Records.AccessLog;
using MsixPortal.Features.Records.Export;
using MsixPortal.Features.Records.Export.Csv;
using MsixPortal.Features.Records.Export.Excel;
using MsixPortal.Features.Records.Export.Pdf;
using MsixPortal.Features.Records.Page;

namespace MsixPortal.Features.Records;

public static class RecordsServiceCollectionExtensions
{
    /// <summary>The consolidated record: page, print and access log, exports and their rate limit.</summary>
    public static IServiceCollection AddPortalRecords(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CodeSetLabels>();
        services.AddScoped<RecordLoader>();
        services.AddScoped<RecordPageService>();
        services.AddScoped<RecordAccessLogService>();
        services.AddScoped<RecordExportService>();
        services.AddSingleton<IRecordExportRenderer, PdfRecordRenderer>();
        services.AddSingleton<IRecordExportRenderer, ExcelRecordRenderer>();
        services.AddSingleton<IRecordExportRenderer, CsvZipRenderer>();
        services.AddRecordExportRateLimit(configuration);
        return services;
    }
}
