using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Submissions;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Reports.Summaries;
using MsixPortal.Features.Submissions.Api;
using MsixPortal.Features.Submissions.Apply;
using MsixPortal.Features.Submissions.Format;
using MsixPortal.Features.Submissions.Validation;
using Npgsql;

namespace MsixPortal.Features.Submissions;

/// <summary>
/// Takes a State's file from any channel (upload page, API, operator command): stages it, answers a
/// repeat with the first result, reads and validates it, and applies the valid students in ONE
/// transaction together with the submission's history row, so a crash leaves nothing behind.
/// Every submission, whatever its channel and outcome (dry runs and replays too), writes an audit
/// row of the submitting State.
/// </summary>
public sealed partial class SubmissionService(
    PortalDbContext db,
    SubmissionApplier applier,
    SubmissionPhases phases,
    AuditTrail audit,
    ApiTokenLookup apiTokens,
    IOptions<SubmissionSettings> options,
    TimeProvider clock,
    ILogger<SubmissionService> logger)
{
    public async Task<SubmissionResult> SubmitAsync(SubmissionRequest request, Stream upload,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var receivedAt = clock.GetUtcNow().UtcDateTime;
        StagedFile staged;
        try
        {
            staged = await StagedFile.CreateAsync(upload, settings.MaxFileBytes, cancellationToken);
        }
        catch (SubmissionFileException e)
        {
            await AuditAsync(request, AuditActions.SubmissionRefused, null, "status=Rejected", cancellationToken);
            return new SubmissionResult { Status = SubmissionStatus.Rejected, DryRun = request.DryRun, FileProblem = e.Message };
        }
        await using (staged)
        {
            phases.Done("stage");
            if (!request.DryRun && await PriorResultAsync(request, staged.Sha256, cancellationToken) is { } prior)
            {
                await AuditAsync(request, AuditActions.SubmissionReplayed, prior.PublicId, $"status={prior.Status}", cancellationToken);
                return prior;
            }
            var codeSets = await CodeSetLookup.LoadAsync(db, cancellationToken);
            // The first database query of a process also builds the EF model (over a second in the submit command).
            phases.Done("idempotency check and code sets");
            ParsedSubmission parsed;
            await using (var content = staged.OpenRead())
            {
                parsed = await SubmissionReading.ReadAsync(content, request.StateCode, codeSets, settings, receivedAt, progress, cancellationToken);
            }
            phases.Done("read and validate");
            return request.DryRun
                ? await DryRunAsync(request, parsed, cancellationToken)
                : await ApplyAsync(request, staged.Sha256, receivedAt, parsed, cancellationToken);
        }
    }

    private async Task<SubmissionResult> DryRunAsync(SubmissionRequest request, ParsedSubmission parsed, CancellationToken cancellationToken)
    {
        var consistent = parsed.Valid;
        if (!parsed.IsRejected)
        {
            (_, consistent) = await ExistingRecords.CheckAsync(db, request.StateCode, parsed.Valid, parsed.Problems, cancellationToken);
        }
        await AuditAsync(request, AuditActions.SubmissionDryRun, null,
            $"status={(parsed.IsRejected ? SubmissionStatus.Rejected : SubmissionStatus.Applied)};students={parsed.StudentCount}", cancellationToken);
        return new SubmissionResult
        {
            DryRun = true,
            Status = parsed.IsRejected ? SubmissionStatus.Rejected : SubmissionStatus.Applied,
            FileProblem = parsed.FileProblem,
            StudentCount = parsed.StudentCount,
            Inserted = parsed.IsRejected ? 0 : consistent.Count(s => s.Action == StudentAction.Insert),
            Updated = parsed.IsRejected ? 0 : consistent.Count(s => s.Action == StudentAction.Update),
            Deleted = parsed.IsRejected ? 0 : consistent.Count(s => s.Action == StudentAction.Delete),
            Rejected = parsed.IsRejected ? parsed.StudentCount : parsed.StudentCount - consistent.Count,
            Problems = parsed.Problems,
        };
    }

    private async Task<SubmissionResult> ApplyAsync(SubmissionRequest request, string sha256, DateTime receivedAt,
        ParsedSubmission parsed, CancellationToken cancellationToken)
    {
        // A 40,000-student file is applied in one transaction whose statements take longer than the default 30 s.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(15));
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                // One submission per State at a time: action codes are checked against what is stored.
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"submission:" + request.StateCode}))", cancellationToken);
                if (await PriorResultAsync(request, sha256, cancellationToken) is { } prior)
                {
                    db.AuditEvents.Add(AuditRow(request, AuditActions.SubmissionReplayed, prior.PublicId, $"status={prior.Status}"));
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return prior;
                }
                var submission = NewSubmission(request, sha256, receivedAt, parsed);
                db.Submissions.Add(submission);
                await db.SaveChangesAsync(cancellationToken);
                if (!parsed.IsRejected)
                {
                    var (existing, consistent) = await ExistingRecords.CheckAsync(db, request.StateCode, parsed.Valid, parsed.Problems, cancellationToken);
                    phases.Done("existing records");
                    Record(submission, await applier.ApplyAsync(submission, consistent, existing, cancellationToken));
                    submission.Rejected = parsed.StudentCount - consistent.Count;
                    await ReportRefreshRequests.MarkAsync(db, request.StateCode, receivedAt, cancellationToken);
                }
                submission.CompletedAt = clock.GetUtcNow().UtcDateTime;
                db.Update(submission);
                db.AuditEvents.Add(AuditRow(request, AuditActions.SubmissionReceived, submission.PublicId,
                    $"status={submission.Status};students={submission.StudentCount};inserted={submission.Inserted};updated={submission.Updated};"
                    + $"deleted={submission.Deleted};rejected={submission.Rejected}"));
                db.SubmissionErrors.AddRange(parsed.Problems.Select(p => SubmissionErrors.ToEntity(submission.Id, p)));
                await db.SaveChangesAsync(cancellationToken);
                phases.Done("history and errors");
                if (request.ApiTokenId is { } tokenId && !await apiTokens.StillValidAsync(tokenId, cancellationToken))
                {
                    // Revoked while the file was applied: the transaction rolls back when disposed.
                    LogRevokedInFlight(request.StateCode);
                    return new SubmissionResult { Status = SubmissionStatus.Rejected, CredentialsRevoked = true };
                }
                await transaction.CommitAsync(cancellationToken);
                phases.Done("commit");
                LogApplied(submission.StateCode, submission.PublicId, submission.Status, submission.Inserted, submission.Updated,
                    submission.Deleted, submission.Rejected);
                return SubmissionResult.From(submission, replayed: false, parsed.Problems);
            });
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent identical submission won the race: answer with its result.
            db.ChangeTracker.Clear();
            var prior = await PriorResultAsync(request, sha256, cancellationToken)
                ?? throw new InvalidOperationException("Submission conflict without a prior submission.", e);
            await AuditAsync(request, AuditActions.SubmissionReplayed, prior.PublicId, $"status={prior.Status}", cancellationToken);
            return prior;
        }
    }

    /// <summary>
    /// The submitting State's row: who (the signed-in user, or the API client in the detail; an
    /// upload runs in the background, so the user comes from the request, not the HTTP context).
    /// </summary>
    private Data.Entities.Audit.AuditEvent AuditRow(SubmissionRequest request, string action, Guid? submissionId, string detail) =>
        audit.Create(action, "submission", submissionId?.ToString(),
            $"channel={request.Channel};dryRun={(request.DryRun ? "true" : "false")};"
            + (request.ApiClientId is { } client ? $"apiClient={client};" : "") + detail,
            userId: request.UserId, stateCode: request.StateCode);

    private async Task AuditAsync(SubmissionRequest request, string action, Guid? submissionId, string detail, CancellationToken cancellationToken)
    {
        db.AuditEvents.Add(AuditRow(request, action, submissionId, detail));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Submission NewSubmission(SubmissionRequest request, string sha256, DateTime receivedAt, ParsedSubmission parsed) => new()
    {
        PublicId = Guid.NewGuid(),
        StateCode = request.StateCode,
        ContentSha256 = sha256,
        IdempotencyKey = request.IdempotencyKey,
        Channel = request.Channel,
        SubmittedByUserId = request.UserId,
        ApiClientId = request.ApiClientId,
        ReceivedAt = receivedAt,
        CompletedAt = receivedAt,
        Status = parsed.IsRejected ? SubmissionStatus.Rejected : SubmissionStatus.Applied,
        FileProblem = parsed.FileProblem,
        FileTimestamp = parsed.Header?.Timestamp,
        EffectiveBeginDate = parsed.Header?.EffectiveBegin,
        EffectiveEndDate = parsed.Header?.EffectiveEnd,
        StudentCount = parsed.StudentCount,
        Rejected = parsed.IsRejected ? parsed.StudentCount : 0,
    };

    private static void Record(Submission submission, ApplyCounts counts)
    {
        submission.Inserted = counts.Inserted;
        submission.Updated = counts.Updated;
        submission.Deleted = counts.Deleted;
        submission.Linked = counts.Linked;
        submission.NewStudents = counts.NewStudents;
        submission.NearMatches = counts.NearMatches;
        submission.LateNewChildren = counts.LateNewChildren;
    }

    /// <summary>The first result for the same file or the same idempotency key from this State, if any.</summary>
    private async Task<SubmissionResult?> PriorResultAsync(SubmissionRequest request, string sha256, CancellationToken cancellationToken)
    {
        var prior = await db.Submissions.AsNoTracking()
            .Where(s => s.StateCode == request.StateCode
                && (s.ContentSha256 == sha256 || (request.IdempotencyKey != null && s.IdempotencyKey == request.IdempotencyKey)))
            .OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        if (prior is null)
        {
            return null;
        }
        if (request.IdempotencyKey is not null && prior.IdempotencyKey == request.IdempotencyKey && prior.ContentSha256 != sha256)
        {
            return new SubmissionResult { Status = prior.Status, KeyConflict = true, PublicId = prior.PublicId };
        }
        return SubmissionResult.From(prior, replayed: true, await SubmissionErrors.LoadAsync(db, prior.Id, cancellationToken));
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Submission from {StateCode} not committed: its API client or secret was revoked while it was applied")]
    private partial void LogRevokedInFlight(string stateCode);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Submission {SubmissionId} from {StateCode}: {Status}, inserted {Inserted}, updated {Updated}, deleted {Deleted}, rejected {Rejected}")]
    private partial void LogApplied(string stateCode, Guid submissionId, SubmissionStatus status, int inserted, int updated, int deleted, int rejected);
}
