using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Features.MergeSplit;

/// <summary>One line of an MSIX ID's history, e.g. "Merged into 100000000123 on 2026-11-28".</summary>
public sealed record MsixIdHistoryLine(MsixIdEvent Event, string OtherMsixId, DateTime OccurredAt, long FlagId)
{
    public string Text => Event switch
    {
        MsixIdEvent.MergedInto => $"Merged into MSIX ID {OtherMsixId}",
        MsixIdEvent.Absorbed => $"MSIX ID {OtherMsixId} was merged into this record",
        MsixIdEvent.SplitFrom => $"Split from MSIX ID {OtherMsixId}",
        MsixIdEvent.SplitOff => $"Records split off to MSIX ID {OtherMsixId}",
        _ => Event.ToString(),
    };
}

/// <summary>The merge and split history of the student an MSIX ID names (shown on the record).</summary>
public sealed class MsixIdHistoryQuery(PortalDbContext db)
{
    public async Task<IReadOnlyList<MsixIdHistoryLine>> ForAsync(string msixId, CancellationToken cancellationToken) =>
        await db.MsixIdHistory.AsNoTracking()
            .Join(db.ConsolidatedStudents, h => h.ConsolidatedStudentId, s => s.Id, (h, s) => new { h, s.MsixId })
            .Where(x => x.MsixId == msixId)
            .Join(db.ConsolidatedStudents, x => x.h.OtherStudentId, o => o.Id, (x, o) => new { x.h, Other = o.MsixId })
            .OrderBy(x => x.h.OccurredAt).ThenBy(x => x.h.Id)
            .Select(x => new MsixIdHistoryLine(x.h.Event, x.Other, x.h.OccurredAt, x.h.FlagId))
            .ToListAsync(cancellationToken);
}
