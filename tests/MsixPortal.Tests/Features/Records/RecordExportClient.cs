using MsixPortal.Features.Records.Export;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Records;

/// <summary>Fills in and posts the export form of a record page, as a person would.</summary>
internal static class RecordExportClient
{
    public static async Task<HttpResponseMessage> ExportAsync(HttpClient client, string msixId, ExportFormat format,
        IEnumerable<RecordSection> sections, bool parents = false, bool birthPlace = false,
        ExportPurpose? purpose = ExportPurpose.CreditAccrual)
    {
        var page = await HtmlPage.GetAsync(client, "/records/" + msixId);
        var form = page.Form($"/records/{msixId}/export").Remove("Export.Sections").Remove("Export.Format")
            .Set("Export.Format", format.ToString());
        if (purpose is { } chosen)
        {
            form.Set("Export.Purpose", chosen.ToString());
        }
        form.Set("Export.IncludeParents", parents ? "true" : "false").Set("Export.IncludeBirthPlace", birthPlace ? "true" : "false");
        var fields = form.Fields.ToList();
        fields.AddRange(sections.Select(s => new KeyValuePair<string, string>("Export.Sections", s.ToString())));
        return await client.PostAsync(new Uri(form.Action, UriKind.Relative), new FormUrlEncodedContent(fields));
    }
}
