using System.IO.Compression;
using System.Net;
using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Records;
using MsixPortal.Features.Records.Export;
using MsixPortal.Features.Records.Export.Csv;
using MsixPortal.Features.Records.Export.Excel;
using UglyToad.PdfPig;

using MsixPortal.TestSupport.Records;

namespace MsixPortal.Tests.Features.Records;

public class RecordExportTests(RecordsAppFactory factory) : IClassFixture<RecordsAppFactory>
{
    private static readonly RecordSection[] Chosen = [RecordSection.Demographics, RecordSection.Courses, RecordSection.Assessments];

    [Fact]
    public async Task Export_Pdf_HoldsExactlyChosenSectionsWithAccents()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);

        var response = await ExportAsync(student.MsixId, ExportFormat.Pdf, Chosen);

        var text = PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("José Ángel", text, StringComparison.Ordinal);
        Assert.Contains("Muñoz", text, StringComparison.Ordinal);
        Assert.Contains("STAAR Álgebra I Form 3", text, StringComparison.Ordinal);
        Assert.Contains("Demographics", text, StringComparison.Ordinal);
        Assert.Contains("Course history", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Enrollments", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Qualifying moves", text, StringComparison.Ordinal);
        Assert.DoesNotContain(RecordTestData.ParentFirstName, text, StringComparison.Ordinal);
        Assert.DoesNotContain(RecordTestData.BirthCity, text, StringComparison.Ordinal);
        Assert.Contains("MSIX ID " + student.MsixId, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Xlsx_OneTypedSheetPerChosenSection()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);

        var response = await ExportAsync(student.MsixId, ExportFormat.Xlsx, Chosen);

        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal([ExcelRecordRenderer.NoticeSheetName, "Demographics", "Course history", "Assessments"], workbook.Worksheets.Select(s => s.Name));
        var people = workbook.Worksheet("Demographics");
        Assert.Equal("TX", people.Cell(2, 1).GetString());
        Assert.Equal("José Ángel", people.Cell(2, ColumnOf(people, "First Name")).GetString());
        Assert.Equal(new DateTime(2010, 2, 14), people.Cell(2, ColumnOf(people, "Birth Date")).GetDateTime());
        var courses = workbook.Worksheet("Course history");
        Assert.Equal(XLDataType.Number, courses.Cell(2, ColumnOf(courses, "Credits Granted")).DataType);
        var score = workbook.Worksheet("Assessments").Cell(2, ColumnOf(workbook.Worksheet("Assessments"), "Score Results"));
        Assert.False(score.HasFormula);
        Assert.Equal("'=1+1", score.GetString());
    }

    [Fact]
    public async Task Export_Csv_ZipWithOneFilePerChosenSectionInCatalogueOrder()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);

        var response = await ExportAsync(student.MsixId, ExportFormat.Csv,
            [RecordSection.Demographics, RecordSection.Enrollments, RecordSection.Assessments], parents: true, birthPlace: true);

        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal([CsvZipRenderer.NoticeFileName, "01-demographics.csv", "02-enrollments.csv", "03-assessments.csv"],
            zip.Entries.Select(e => e.FullName));
        var demographics = Lines(zip, "01-demographics.csv");
        Assert.StartsWith("State,Submitted,State Student Identifier,State Student Identifier Type,First Name,", demographics[0], StringComparison.Ordinal);
        Assert.Contains("José Ángel", demographics[1], StringComparison.Ordinal);
        Assert.Contains(RecordTestData.ParentFirstName, demographics[1], StringComparison.Ordinal);
        Assert.Contains(RecordTestData.BirthCity, demographics[1], StringComparison.Ordinal);
        Assert.Contains(",'=1+1,", Lines(zip, "03-assessments.csv")[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExportFormat.Pdf, "application/pdf", "pdf")]
    [InlineData(ExportFormat.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx")]
    [InlineData(ExportFormat.Csv, "application/zip", "zip")]
    public async Task Export_AnyFormat_AttachmentNamedByMsixIdAndNotCached(ExportFormat format, string contentType, string extension)
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);

        var response = await ExportAsync(student.MsixId, format, [RecordSection.Demographics]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Matches($"^msix-{student.MsixId}-\\d{{8}}\\.{extension}$", disposition.FileName!.Trim('"'));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Export_Done_AuditedWithSectionsFormatAndPurpose()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);

        await ExportAsync(student.MsixId, ExportFormat.Xlsx, [RecordSection.Courses, RecordSection.CreditAccrual], parents: true);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var row = await db.AuditEvents.SingleAsync(e => e.Action == AuditActions.RecordExported && e.TargetId == student.MsixId);
        Assert.Equal("format=xlsx;sections=course-history,credit-accrual;parents=yes;birth-place=no;purpose=credit-accrual", row.Detail);
        Assert.Equal(RecordAudit.TargetType, row.TargetType);
    }

    [Fact]
    public async Task Export_NoPurposeOrNoSection_FormShownAgainWithErrorsAndNothingAudited()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);
        var client = await factory.ClientAsync(PortalRoles.MepStaff);

        var noPurpose = await RecordExportClient.ExportAsync(client, student.MsixId, ExportFormat.Pdf, [RecordSection.Demographics], purpose: null);
        var noSection = await RecordExportClient.ExportAsync(client, student.MsixId, ExportFormat.Pdf, []);

        Assert.Equal(HttpStatusCode.OK, noPurpose.StatusCode);
        Assert.Contains("Choose why you are exporting this record.", await noPurpose.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Choose at least one section to export.", await noSection.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.RecordExported && e.TargetId == student.MsixId));
    }

    [Fact]
    public async Task Export_Recruiter_Forbidden()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);
        var staff = await factory.ClientAsync(PortalRoles.MepStaff);
        var form = (await MsixPortal.TestSupport.HtmlPage.GetAsync(staff, "/records/" + student.MsixId)).Form($"/records/{student.MsixId}/export");
        var recruiter = await factory.ClientAsync(PortalRoles.Recruiter);
        var recruiterPage = await MsixPortal.TestSupport.HtmlPage.GetAsync(recruiter, "/records/" + student.MsixId);
        var token = recruiterPage.Form($"/records/{student.MsixId}/printed")["__RequestVerificationToken"]!;

        var response = await form.Set("__RequestVerificationToken", token).Set("Export.Sections", "Demographics")
            .Set("Export.Purpose", "Enrollment").PostAsync(recruiter);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Export_WithoutAntiforgeryToken_BadRequest()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);
        var client = await factory.ClientAsync(PortalRoles.MepStaff);

        var response = await client.PostAsync(new Uri($"/records/{student.MsixId}/export", UriKind.Relative),
            new FormUrlEncodedContent([new("Export.Sections", "Demographics"), new("Export.Purpose", "Enrollment"), new("Export.Format", "Pdf")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Export_Get_NotAllowed()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);
        var client = await factory.ClientAsync(PortalRoles.MepStaff);

        var response = await client.GetAsync(new Uri($"/records/{student.MsixId}/export", UriKind.Relative));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
    }

    private async Task<HttpResponseMessage> ExportAsync(string msixId, ExportFormat format, IEnumerable<RecordSection> sections,
        bool parents = false, bool birthPlace = false)
    {
        var response = await RecordExportClient.ExportAsync(await factory.ClientAsync(PortalRoles.MepStaff), msixId, format, sections, parents, birthPlace);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private static string PdfText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    private static int ColumnOf(IXLWorksheet sheet, string header) =>
        sheet.Row(1).CellsUsed().Single(c => c.GetString() == header).Address.ColumnNumber;

    private static List<string> Lines(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return [.. reader.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];
    }
}
