using System.Globalization;
using MsixPortal.Data.CodeSets;
using MsixPortal.Features.Audit;

namespace MsixPortal.Features.Records.Export;

/// <summary>Loads, shapes, renders and audits one export. The file name holds the MSIX ID and date, never a name.</summary>
public sealed class RecordExportService(
    RecordLoader loader, CodeSetLabels labels, IEnumerable<IRecordExportRenderer> renderers, AuditTrail audit, TimeProvider clock)
{
    public async Task<RecordExportFile?> ExportAsync(string msixId, RecordExportChoices choices, CancellationToken cancellationToken)
    {
        var record = await loader.LoadAsync(msixId, cancellationToken);
        if (record is null)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var shaper = new RecordExportShaper(new RecordValueText(await labels.GetAsync(cancellationToken)));
        var document = shaper.Shape(record, choices, now);
        var renderer = renderers.Single(r => r.Format == choices.Format);
        using var buffer = new MemoryStream();
        renderer.Render(document, buffer);
        await audit.RecordAsync(AuditActions.RecordExported, RecordAudit.TargetType, record.MsixId,
            AuditDetail(choices), concerns: record.SubmittingStates, cancellationToken: cancellationToken);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"msix-{record.MsixId}-{now:yyyyMMdd}.{renderer.Extension}");
        return new RecordExportFile(buffer.ToArray(), renderer.ContentType, fileName);
    }

    /// <summary>"format=pdf;sections=demographics,course-history;parents=no;birth-place=no;purpose=enrollment": no PII.</summary>
    public static string AuditDetail(RecordExportChoices choices)
    {
        var sections = string.Join(',', Enum.GetValues<RecordSection>().Where(choices.Sections.Contains).Select(s => s.FileStem()));
        return string.Create(CultureInfo.InvariantCulture,
            $"format={choices.Format.ToString().ToLowerInvariant()};sections={sections};" +
            $"parents={YesNo(choices.IncludeParents)};birth-place={YesNo(choices.IncludeBirthPlace)};purpose={choices.Purpose.AuditCode()}");
    }

    private static string YesNo(bool value) => value ? "yes" : "no";
}

/// <summary>A rendered export, ready to send as an attachment.</summary>
public sealed record RecordExportFile(byte[] Content, string ContentType, string FileName);
