using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using MsixPortal.Authorization;
using MsixPortal.Data.CodeSets;
using MsixPortal.Data.MsixIds;
using MsixPortal.Features.Audit;

namespace MsixPortal.Features.Records.Page;

/// <summary>Loads a record for the page, audits the view and says which actions the user may take.</summary>
public sealed class RecordPageService(
    RecordLoader loader, CodeSetLabels labels, AuditTrail audit, IAuthorizationService authorization, TimeProvider clock)
{
    /// <summary>
    /// The page for <paramref name="msixId"/>; or, for a merged-away MSIX ID, the lookup that names its
    /// master (nothing is audited then: the master's page is); or neither if no such record exists.
    /// </summary>
    public async Task<RecordPageResult> ViewAsync(string msixId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var lookup = await loader.FindAsync(msixId, cancellationToken);
        if (lookup is { WasMergedAway: true })
        {
            return new RecordPageResult(null, lookup);
        }
        if (lookup?.Record is not { } record)
        {
            return new RecordPageResult(null, null);
        }
        var text = new RecordValueText(await labels.GetAsync(cancellationToken));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var page = new RecordPageBuilder(text, today).Build(record) with
        {
            CanExport = (await authorization.AuthorizeAsync(user, Policies.ExportRecords)).Succeeded,
            CanViewAccessLog = (await authorization.AuthorizeAsync(
                user, new RecordStates(record.SubmittingStates), Policies.ViewRecordAccessLog)).Succeeded,
            History = lookup.History,
        };
        await audit.RecordAsync(AuditActions.RecordViewed, RecordAudit.TargetType, record.MsixId,
            concerns: record.SubmittingStates, cancellationToken: cancellationToken);
        return new RecordPageResult(page, null);
    }

    /// <summary>Records that the user printed the record (the page's script reports the browser's print event).</summary>
    public async Task<bool> RecordPrintedAsync(string msixId, CancellationToken cancellationToken)
    {
        if (!MsixId.IsValid(msixId))
        {
            return false;
        }
        await audit.RecordAsync(AuditActions.RecordPrinted, RecordAudit.TargetType, msixId,
            concerns: await loader.StatesOfAsync(msixId, cancellationToken), cancellationToken: cancellationToken);
        return true;
    }
}

/// <summary>The record page, or (for a merged-away MSIX ID) the lookup naming its master, or neither: not found.</summary>
public sealed record RecordPageResult(RecordPageViewModel? Page, RecordLookup? MergedAway);
