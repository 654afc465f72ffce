using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.CodeSets;
using MsixPortal.Data.Entities.HelpDesk;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Notifications;
using MsixPortal.Features.Worklists;

namespace MsixPortal.Features.HelpDesk;

/// <summary>A request just stored: its reference, and for a visitor the secret of their tracking link.</summary>
public sealed record HelpDeskCreated(long Id, string Reference, string? TrackingToken);

/// <summary>
/// Help-desk questions and PII incident reports: stored, routed to their handlers (notified in the
/// portal and by email), answered, acknowledged and closed; every step audited. Emails and audit
/// rows carry references, categories and States, never what the reporter typed.
/// </summary>
public sealed class HelpDeskService(
    PortalDbContext db, HelpDeskRouting routing, Notifier notifier, AuditTrail audit, TimeProvider clock)
{
    /// <summary>An incident must be acknowledged within this time of its report.</summary>
    public static readonly TimeSpan AcknowledgementTarget = TimeSpan.FromHours(1);

    public async Task<(HelpDeskCreated? Created, Dictionary<string, string> Problems)> AskAsync(
        HelpDeskContactInputModel input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var problems = await CheckVisitorAsync(input, user, cancellationToken);
        if (HelpDeskCategories.For(visitor: !IsSignedIn(user)).All(c => c.Code != input.Category))
        {
            problems[nameof(input.Category)] = "Choose what your question is about from the list.";
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        var request = new HelpDeskRequest
        {
            Kind = HelpDeskKind.Question,
            Category = input.Category!,
            Status = HelpDeskStatus.Open,
            Message = input.Message!.Trim(),
            CorrelationId = Blank(input.CorrelationId),
        };
        return (await CreateAsync(request, input, user, AuditActions.HelpDeskRequestCreated,
            $"Help-desk request {{0}} is waiting ({HelpDeskCategories.Label(request.Category)})", cancellationToken), problems);
    }

    public async Task<(HelpDeskCreated? Created, Dictionary<string, string> Problems)> ReportIncidentAsync(
        IncidentReportInputModel input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var problems = await CheckVisitorAsync(input, user, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (input.OccurredAt is { } occurred && occurred > now.AddHours(14))
        {
            problems[nameof(input.OccurredAt)] = "The time it happened cannot be in the future.";
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        var kinds = input.DataInvolved.Where(k => IncidentDataKinds.All.Any(a => a.Code == k)).Distinct();
        var request = new HelpDeskRequest
        {
            Kind = HelpDeskKind.Incident,
            Category = HelpDeskCategories.Incident,
            Status = HelpDeskStatus.Open,
            Message = input.WhatHappened!.Trim(),
            OccurredAt = DateTime.SpecifyKind(input.OccurredAt!.Value, DateTimeKind.Utc),
            DataInvolved = string.Join(',', kinds),
            WhoWasTold = Blank(input.WhoWasTold),
            AcknowledgeBy = now + AcknowledgementTarget,
        };
        return (await CreateAsync(request, input, user, AuditActions.PiiIncidentReported,
            "URGENT: possible PII incident {0} reported; acknowledge it within 1 hour", cancellationToken), problems);
    }

    /// <summary>A reply from a handler (the request is then Answered, waiting for the reporter) or from the reporter (Open again).</summary>
    public async Task<WorkItemOutcome> ReplyAsync(long id, HelpDeskReplyInputModel input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (request, asHandler) = await LoadForAsync(id, user, cancellationToken);
        if (request is null || asHandler is null)
        {
            return request is null ? WorkItemOutcome.NotFound : WorkItemOutcome.Forbidden;
        }
        if (request.Status == HelpDeskStatus.Closed)
        {
            return WorkItemOutcome.Conflict;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        request.Replies.Add(new HelpDeskReply { AuthorUserId = user.UserId(), FromHelpDesk = asHandler.Value, Text = input.Text!.Trim(), CreatedAt = now });
        if (asHandler.Value)
        {
            if (request.Kind == HelpDeskKind.Question)
            {
                request.Status = HelpDeskStatus.Answered;
            }
            await TellReporterAsync(request, $"The help desk answered {request.Reference}", cancellationToken);
        }
        else
        {
            request.Status = request.Kind == HelpDeskKind.Incident && request.AcknowledgedAt is not null
                ? HelpDeskStatus.Acknowledged : HelpDeskStatus.Open;
            notifier.Notify(await routing.HandlersAsync(request, cancellationToken),
                $"The reporter replied on {request.Reference}", Link(request));
        }
        db.AuditEvents.Add(Audit(request, AuditActions.HelpDeskReplied, $"from={(asHandler.Value ? "help-desk" : "reporter")}"));
        return await db.SaveWorkItemAsync(cancellationToken);
    }

    /// <summary>A handler takes an incident on: the clock stops, the reporter is told.</summary>
    public async Task<WorkItemOutcome> AcknowledgeAsync(long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (request, asHandler) = await LoadForAsync(id, user, cancellationToken);
        var may = MayAcknowledge(request, asHandler);
        if (request is null || may != WorkItemOutcome.Done)
        {
            return may;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        request.Status = HelpDeskStatus.Acknowledged;
        request.AcknowledgedAt = now;
        request.AcknowledgedByUserId = user.UserId();
        request.AssignedToUserId ??= user.UserId();
        await TellReporterAsync(request, $"Your incident report {request.Reference} was acknowledged", cancellationToken);
        var minutes = ((int)(now - request.CreatedAt).TotalMinutes).ToString(CultureInfo.InvariantCulture);
        db.AuditEvents.Add(Audit(request, AuditActions.PiiIncidentAcknowledged,
            $"minutes={minutes};within-target={(now <= request.AcknowledgeBy ? "yes" : "no")}"));
        return await db.SaveWorkItemAsync(cancellationToken);
    }

    public async Task<WorkItemOutcome> CloseAsync(long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (request, asHandler) = await LoadForAsync(id, user, cancellationToken);
        var may = MayClose(request, asHandler);
        if (request is null || asHandler is not { } byHandler || may != WorkItemOutcome.Done)
        {
            return may;
        }
        request.Status = HelpDeskStatus.Closed;
        request.ClosedAt = clock.GetUtcNow().UtcDateTime;
        request.ClosedByUserId = user.UserId();
        if (byHandler)
        {
            await TellReporterAsync(request, $"The help desk closed {request.Reference}", cancellationToken);
        }
        db.AuditEvents.Add(Audit(request, AuditActions.HelpDeskClosed, $"by={(byHandler ? "help-desk" : "reporter")}"));
        return await db.SaveWorkItemAsync(cancellationToken);
    }

    /// <summary>Whether acknowledging is allowed now (Done) or why not; the confirmation page and the action ask the same.</summary>
    public static WorkItemOutcome MayAcknowledge(HelpDeskRequest? request, bool? asHandler) =>
        request is null ? WorkItemOutcome.NotFound
        : asHandler != true ? WorkItemOutcome.Forbidden
        : request.Kind != HelpDeskKind.Incident || request.Status != HelpDeskStatus.Open || request.AcknowledgedAt is not null ? WorkItemOutcome.Conflict
        : WorkItemOutcome.Done;

    /// <summary>
    /// Whether closing is allowed now (Done) or why not. An incident is closed by those who handle it,
    /// once acknowledged; a question by either side.
    /// </summary>
    public static WorkItemOutcome MayClose(HelpDeskRequest? request, bool? asHandler) =>
        request is null ? WorkItemOutcome.NotFound
        : asHandler is null ? WorkItemOutcome.Forbidden
        : request.Status == HelpDeskStatus.Closed ? WorkItemOutcome.Conflict
        : request.Kind == HelpDeskKind.Incident && (asHandler == false || request.AcknowledgedAt is null) ? WorkItemOutcome.Forbidden
        : WorkItemOutcome.Done;

    /// <summary>The request, and whether the user acts on it as a handler (true), as its reporter (false) or may not (null).</summary>
    public async Task<(HelpDeskRequest? Request, bool? AsHandler)> LoadForAsync(long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var request = await db.HelpDeskRequests.Include(r => r.Replies).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return (null, null);
        }
        if (await routing.MayHandleAsync(user, request))
        {
            return (request, true);
        }
        return (request, request.ReporterUserId is { } reporter && reporter == user.UserId() ? false : null);
    }

    private async Task<HelpDeskCreated> CreateAsync(HelpDeskRequest request, VisitorContactInputModel contact, ClaimsPrincipal user,
        string auditAction, string handlerText, CancellationToken cancellationToken)
    {
        request.CreatedAt = clock.GetUtcNow().UtcDateTime;
        string? token = null;
        if (IsSignedIn(user))
        {
            request.ReporterUserId = user.UserId();
            request.StateCode = user.StateCode();
        }
        else
        {
            token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
            request.TrackingTokenHash = HashToken(token);
            request.ContactName = Blank(contact.ContactName);
            request.ContactEmail = contact.ContactEmail!.Trim();
            request.StateCode = contact.StateCode;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.HelpDeskRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        notifier.Notify(await routing.HandlersAsync(request, cancellationToken),
            string.Format(CultureInfo.InvariantCulture, handlerText, request.Reference), Link(request));
        await TellReporterAsync(request, $"Your {(request.Kind == HelpDeskKind.Incident ? "incident report" : "help-desk request")} {request.Reference} was received",
            cancellationToken, token);
        db.AuditEvents.Add(Audit(request, auditAction, $"category={request.Category};visitor={(token is null ? "no" : "yes")}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new HelpDeskCreated(request.Id, request.Reference, token);
    }

    /// <summary>A signed-in reporter gets a notification and email; a visitor an email with their tracking link.</summary>
    private async Task TellReporterAsync(HelpDeskRequest request, string text, CancellationToken cancellationToken, string? newToken = null)
    {
        if (request.ReporterUserId is { } reporterId)
        {
            var reporter = await db.Users.Where(u => u.Id == reporterId)
                .Select(u => new NotificationRecipient(u.Id, u.Email ?? "")).ToListAsync(cancellationToken);
            notifier.Notify(reporter, text, Link(request));
        }
        else if (request.ContactEmail is { } email)
        {
            // The tracking secret exists in clear only when the request is created; later emails say where to look.
            notifier.EmailVisitor(email, text, newToken is null ? "/help" : $"/help/track/{newToken}");
        }
    }

    private async Task<Dictionary<string, string>> CheckVisitorAsync(VisitorContactInputModel input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string>();
        if (IsSignedIn(user))
        {
            return problems;
        }
        if (string.IsNullOrWhiteSpace(input.ContactEmail))
        {
            problems[nameof(input.ContactEmail)] = "Enter your work email, so that the help desk can answer you.";
        }
        if (input.StateCode is null
            || !await db.CodeSetValues.AnyAsync(v => v.CodeSet == CodeSetNames.UsState && v.Code == input.StateCode, cancellationToken))
        {
            problems[nameof(input.StateCode)] = "Choose your State from the list.";
        }
        return problems;
    }

    private Data.Entities.Audit.AuditEvent Audit(HelpDeskRequest request, string action, string detail) =>
        audit.Create(action, "help-desk-request", request.Id.ToString(CultureInfo.InvariantCulture),
            $"ref={request.Reference};{detail}", stateCode: request.StateCode);

    public static string HashToken(string token) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    private static string Link(HelpDeskRequest request) => $"/help/requests/{request.Id}";

    private static bool IsSignedIn(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
