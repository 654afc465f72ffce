using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Deadlines;
using MsixPortal.Features.MergeSplit;
using MsixPortal.Features.Worklists;

namespace MsixPortal.Features.DataRequests;

/// <summary>What the data-request pages show: the form, the requester's list, one request, its file.</summary>
public sealed class DataRequestQueries(
    PortalDbContext db,
    MsixIdResolver students,
    DataRequestService requests,
    WorkItemLookups lookups,
    AuditTrail audit,
    TimeProvider clock)
{
    private const int SentListLength = 200;

    /// <summary>
    /// The form: the States holding the child's records, the user's own State last (asking oneself is
    /// rarely meant), none ticked until the user ticks them.
    /// </summary>
    public async Task<DataRequestNewViewModel?> NewAsync(string msixId, DataRequestInputModel input, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var student = await students.ResolveAsync(msixId, cancellationToken);
        if (student is null)
        {
            return null;
        }
        var own = user.StateCode();
        var states = (await requests.SubmittingStatesAsync(student.Id, cancellationToken))
            .OrderBy(s => s == own).ThenBy(s => s, StringComparer.Ordinal).ToList();
        return new DataRequestNewViewModel(student.MsixId, states, own, input);
    }

    public async Task<DataRequestSentViewModel> SentAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var today = WorkingDays.Today(clock);
        var rows = await db.DataRequests.AsNoTracking()
            .Where(r => r.RequesterUserId == userId)
            .OrderByDescending(r => r.RequestedAt).Take(SentListLength)
            .Join(db.ConsolidatedStudents, r => r.ConsolidatedStudentId, s => s.Id, (r, s) => new { r, s.MsixId })
            .ToListAsync(cancellationToken);
        var names = await lookups.ChildNamesAsync(rows.Select(x => x.r.ConsolidatedStudentId), cancellationToken);
        var items = rows.Select(x => new DataRequestSentItem(x.r.Id, x.MsixId, names.GetValueOrDefault(x.r.ConsolidatedStudentId, ""), x.r.StateCode, x.r.RequestedAt, x.r.NeededBy,
            x.r.Status, x.r.Status == DataRequestStatus.Open && WorkingDays.IsOverdue(x.r.NeededBy, today))).ToList();
        return new DataRequestSentViewModel(items, items.Count(i => i.IsOverdue));
    }

    public async Task<(WorkItemOutcome Outcome, DataRequestDetailsViewModel? Model)> DetailsAsync(long id, ClaimsPrincipal user,
        DataRequestAnswerInputModel? answer, CancellationToken cancellationToken)
    {
        var request = await db.DataRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return (WorkItemOutcome.NotFound, null);
        }
        var isRequester = request.RequesterUserId == user.UserId();
        var mayAnswer = await requests.MayAnswerAsync(user, request);
        if (!isRequester && !mayAnswer)
        {
            return (WorkItemOutcome.Forbidden, null);
        }
        await audit.RecordAsync(AuditActions.DataRequestViewed, "data-request", id.ToString(CultureInfo.InvariantCulture),
            concerns: DataRequestService.States(request), cancellationToken: cancellationToken);
        var child = await lookups.ChildAsync(request.ConsolidatedStudentId, cancellationToken);
        var names = await lookups.UserNamesAsync([request.RequesterUserId, request.AnsweredByUserId, request.ClosedByUserId], cancellationToken);
        string? Name(Guid? userId) => userId is { } known ? names.GetValueOrDefault(known, "") : null;
        var hasAttachment = await db.DataRequestAttachments.AnyAsync(a => a.DataRequestId == id, cancellationToken);
        var open = request.Status == DataRequestStatus.Open;
        var correctable = mayAnswer && request.Status == DataRequestStatus.Answered && !await requests.AnswerReadAsync(request, cancellationToken);
        return (WorkItemOutcome.Done, new DataRequestDetailsViewModel(request.Id, request.Status, child.MsixId, child.Name,
            request.StateCode, request.RequesterStateCode, Name(request.RequesterUserId) ?? "", request.RequestedAt,
            DataRequestKinds.Labels(request.Kinds), request.Reason, request.NeededBy,
            open && WorkingDays.IsOverdue(request.NeededBy, WorkingDays.Today(clock)),
            request.AnswerMessage, Name(request.AnsweredByUserId), request.AnsweredAt, hasAttachment,
            Name(request.ClosedByUserId), request.ClosedAt,
            CanAnswer: mayAnswer && open || correctable, IsCorrection: correctable, CanClose: request.Status != DataRequestStatus.Closed,
            answer ?? new DataRequestAnswerInputModel { Message = correctable ? request.AnswerMessage : null }));
    }

    public async Task<(WorkItemOutcome Outcome, DataRequestAttachment? File)> AttachmentAsync(long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var request = await db.DataRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var file = request is null ? null
            : await db.DataRequestAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.DataRequestId == id, cancellationToken);
        if (request is null || file is null)
        {
            return (WorkItemOutcome.NotFound, null);
        }
        if (request.RequesterUserId != user.UserId() && !await requests.MayAnswerAsync(user, request))
        {
            return (WorkItemOutcome.Forbidden, null);
        }
        await audit.RecordAsync(AuditActions.DataRequestAttachmentDownloaded, "data-request", id.ToString(CultureInfo.InvariantCulture),
            concerns: DataRequestService.States(request), cancellationToken: cancellationToken);
        return (WorkItemOutcome.Done, file);
    }
}
