using System.Net;
using MsixPortal.Authorization;
using MsixPortal.Features.Records.Export;

using MsixPortal.TestSupport.Records;

namespace MsixPortal.Tests.Features.Records;

public class RecordExportRateLimitTests(LowExportLimitAppFactory factory) : IClassFixture<LowExportLimitAppFactory>
{
    [Fact]
    public async Task Export_AboveLimitPerUser_TooManyRequests()
    {
        var student = await RecordTestData.SaveAsync(factory.Services, RecordTestData.MinimalRecord("NM"));
        var client = await factory.ClientAsync(PortalRoles.MepStaff);
        for (var i = 0; i < LowExportLimitAppFactory.Limit; i++)
        {
            var allowed = await RecordExportClient.ExportAsync(client, student.MsixId, ExportFormat.Csv, [RecordSection.Demographics]);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var refused = await RecordExportClient.ExportAsync(client, student.MsixId, ExportFormat.Csv, [RecordSection.Demographics]);
        var otherUser = await RecordExportClient.ExportAsync(
            await factory.ClientAsync(PortalRoles.MepStaff, "NM"), student.MsixId, ExportFormat.Csv, [RecordSection.Demographics]);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);
    }
}
