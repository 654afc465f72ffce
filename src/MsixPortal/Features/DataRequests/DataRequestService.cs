using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.Audit;
using MsixPortal.Features.MergeSplit;
using MsixPortal.Features.MoveNotices;
using MsixPortal.Features.Notifications;
using MsixPortal.Features.Worklists;

namespace MsixPortal.Features.DataRequests;

/// <summary>Sends data requests to the States that hold a child's records; answers and closes them. Audited.</summary>
public sealed class DataRequestService(
    PortalDbContext db,
    MsixIdResolver students,
    NoticeRouting routing,
    Notifier notifier,
    AuditTrail audit,
    IAuthorizationService authorization,
    TimeProvider clock)
{
    /// <summary>The States that submitted records of the student: the ones a request can go to.</summary>
    public Task<List<string>> SubmittingStatesAsync(long studentId, CancellationToken cancellationToken) =>
        db.StateStudentRecords.Where(r => r.ConsolidatedStudentId == studentId)
            .Select(r => r.StateCode).Distinct().OrderBy(s => s).ToListAsync(cancellationToken);

    /// <summary>
    /// What a request would do, saving nothing (the confirmation page): the States asked, each with
    /// whether anyone there can answer; or the refusal with the form field it concerns.
    /// </summary>
    public async Task<DataRequestCheck> CheckAsync(string msixId, DataRequestInputModel input, CancellationToken cancellationToken)
    {
        var student = await students.ResolveAsync(msixId, cancellationToken);
        if (student is null)
        {
            return new DataRequestCheck(false, null, null, null, []);
        }
        var allowed = await SubmittingStatesAsync(student.Id, cancellationToken);
        var chosen = input.StateCodes.Distinct().ToList();
        var kinds = input.Kinds.Where(k => DataRequestKinds.All.Any(a => a.Code == k)).Distinct().ToList();
        var (field, problem) = chosen.Count == 0 || chosen.Except(allowed).Any() ? (nameof(input.StateCodes), "Choose the State(s) to ask.")
            : kinds.Count == 0 ? (nameof(input.Kinds), "Choose what data you need.")
            : input.NeededBy < DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) ? (nameof(input.NeededBy), "The needed-by date cannot be in the past.")
            : ((string?)null, (string?)null);
        var receivers = new List<DataRequestReceiver>();
        if (problem is null)
        {
            foreach (var state in chosen.Order(StringComparer.Ordinal))
            {
                receivers.Add(new DataRequestReceiver(state, (await routing.DataAdministratorsAsync(state, cancellationToken)).Count > 0));
            }
        }
        return new DataRequestCheck(true, student, field, problem, receivers);
    }

    /// <summary>One request per chosen State, after the same checks as <see cref="CheckAsync"/>.</summary>
    public async Task<DataRequestCheck> SendAsync(string msixId, DataRequestInputModel input, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var check = await CheckAsync(msixId, input, cancellationToken);
        if (check.Student is not { } student || check.Problem is not null)
        {
            return check;
        }
        var chosen = check.Receivers.Select(r => r.StateCode).ToList();
        var kinds = input.Kinds.Where(k => DataRequestKinds.All.Any(a => a.Code == k)).Distinct().ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var requests = chosen.Select(state => new DataRequest
        {
            ConsolidatedStudentId = student.Id,
            StateCode = state,
            RequesterStateCode = user.StateCode(),
            RequesterUserId = user.UserId(),
            Kinds = string.Join(',', kinds),
            Reason = input.Reason!,
            NeededBy = input.NeededBy!.Value,
            RequestedAt = now,
            Status = DataRequestStatus.Open,
        }).ToList();
        db.DataRequests.AddRange(requests);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var request in requests)
        {
            notifier.Notify(await routing.DataAdministratorsAsync(request.StateCode, cancellationToken),
                $"A data request is waiting for your State (no. {request.Id}, from {request.RequesterStateCode ?? "a national user"})",
                $"/data-requests/{request.Id}");
            db.AuditEvents.Add(audit.Create(AuditActions.DataRequestSent, "data-request", Id(request),
                $"student={student.Id};to={request.StateCode};kinds={request.Kinds}", concerns: States(request)));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return check;
    }

    public async Task<(WorkItemOutcome Outcome, string? Problem)> AnswerAsync(long id, DataRequestAnswerInputModel input,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var request = await db.DataRequests.Include(r => r.Attachment).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return (WorkItemOutcome.NotFound, null);
        }
        if (!await MayAnswerAsync(user, request))
        {
            return (WorkItemOutcome.Forbidden, null);
        }
        // An answer can be corrected until the requester has read it (opened its notification).
        var correcting = request.Status == DataRequestStatus.Answered;
        if (!correcting && request.Status != DataRequestStatus.Open || correcting != input.Correcting
            || correcting && await AnswerReadAsync(request, cancellationToken))
        {
            return (WorkItemOutcome.Conflict, null);
        }
        if (input.Attachment is { } file)
        {
            var (inspected, problem) = await AttachmentInspector.InspectAsync(file, cancellationToken);
            if (inspected is null)
            {
                return (WorkItemOutcome.Conflict, problem);
            }
            // A corrected answer's new file replaces the earlier one (one file per request, keyed by it).
            request.Attachment ??= new DataRequestAttachment();
            request.Attachment.FileName = $"data-request-{id}.{inspected.Extension}";
            request.Attachment.ContentType = inspected.ContentType;
            request.Attachment.Content = inspected.Content;
        }
        request.Status = DataRequestStatus.Answered;
        request.AnswerMessage = input.Message;
        // The first answer is when the State answered (the timeliness report counts it); a correction keeps that time.
        request.AnsweredAt ??= clock.GetUtcNow().UtcDateTime;
        request.AnsweredByUserId = user.UserId();
        var requester = await db.Users.Where(u => u.Id == request.RequesterUserId)
            .Select(u => new NotificationRecipient(u.Id, u.Email ?? "")).ToListAsync(cancellationToken);
        notifier.Notify(requester, correcting ? $"The answer to your data request was corrected (no. {id}, by {request.StateCode})"
            : $"Your data request was answered (no. {id}, by {request.StateCode})", $"/data-requests/{id}");
        await notifier.MarkHandledAsync($"/data-requests/{id}", request.RequesterUserId, cancellationToken);
        db.AuditEvents.Add(audit.Create(AuditActions.DataRequestAnswered, "data-request", Id(request),
            $"attachment={(request.Attachment is null ? "none" : request.Attachment.ContentType)};corrected={correcting}", concerns: States(request)));
        return (await db.SaveWorkItemAsync(cancellationToken), null);
    }

    public async Task<WorkItemOutcome> CloseAsync(long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var request = await db.DataRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return WorkItemOutcome.NotFound;
        }
        if (request.RequesterUserId != user.UserId() && !await MayAnswerAsync(user, request))
        {
            return WorkItemOutcome.Forbidden;
        }
        if (request.Status == DataRequestStatus.Closed)
        {
            return WorkItemOutcome.Conflict;
        }
        request.Status = DataRequestStatus.Closed;
        request.ClosedAt = clock.GetUtcNow().UtcDateTime;
        request.ClosedByUserId = user.UserId();
        await notifier.MarkHandledAsync($"/data-requests/{id}", null, cancellationToken);
        db.AuditEvents.Add(audit.Create(AuditActions.DataRequestClosed, "data-request", Id(request), concerns: States(request)));
        return await db.SaveWorkItemAsync(cancellationToken);
    }

    /// <summary>
    /// Whether the requester has read the answer: opened the notification of it (a POST that marks it
    /// read; opening the request page is a GET and records nothing). Until then the answer can be corrected.
    /// </summary>
    public Task<bool> AnswerReadAsync(DataRequest request, CancellationToken cancellationToken)
    {
        var link = $"/data-requests/{request.Id}";
        return db.Notifications.AnyAsync(n => n.Link == link && n.UserId == request.RequesterUserId
            && n.ReadAt != null && n.CreatedAt >= request.AnsweredAt, cancellationToken);
    }

    /// <summary>A data administrator (or national) of the State asked.</summary>
    public async Task<bool> MayAnswerAsync(ClaimsPrincipal user, DataRequest request) =>
        (await authorization.AuthorizeAsync(user, request, Policies.SameState)).Succeeded
        && (await authorization.AuthorizeAsync(user, request, Policies.AnswerDataRequests)).Succeeded;

    private static string Id(DataRequest request) => request.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The two States a request is between: both see its audit rows.</summary>
    public static string?[] States(DataRequest request) => [request.StateCode, request.RequesterStateCode];
}
