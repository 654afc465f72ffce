using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Linking;
using MsixPortal.Data.Entities.Submissions;

namespace MsixPortal.Features.Submissions.Pages;

/// <summary>A submission looked up by public ID: found and in the user's scope, or why not.</summary>
public sealed record SubmissionAccess(Submission? Submission, bool Forbidden)
{
    public static readonly SubmissionAccess Missing = new(null, false);
}

/// <summary>Reads submissions for the pages and reports, each checked with <see cref="Policies.SameState"/>.</summary>
public sealed class SubmissionQueries(PortalDbContext db, IAuthorizationService authorization)
{
    public const int ProblemsShownOnPage = 200;
    public const int HistoryLimit = 200;

    public async Task<SubmissionAccess> FindAsync(Guid publicId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.PublicId == publicId, cancellationToken);
        if (submission is null)
        {
            return SubmissionAccess.Missing;
        }
        return (await authorization.AuthorizeAsync(user, submission, Policies.SameState)).Succeeded
            ? new SubmissionAccess(submission, false)
            : new SubmissionAccess(null, true);
    }

    public async Task<SubmissionResultViewModel> ResultAsync(Submission submission, bool replayed, CancellationToken cancellationToken)
    {
        var count = await db.SubmissionErrors.CountAsync(e => e.SubmissionId == submission.Id, cancellationToken);
        var shown = await SubmissionErrors.LoadAsync(db, submission.Id, ProblemsShownOnPage, cancellationToken);
        var nearMatches = await db.NearMatchItems.Where(n => n.SubmissionId == submission.Id).OrderBy(n => n.Id)
            .Select(n => new SubmissionNearMatch(n.PublicId, n.Status == NearMatchStatus.Open)).ToListAsync(cancellationToken);
        return new SubmissionResultViewModel(SubmissionResult.From(submission, replayed, shown), count,
            submission.StateCode, submission.ReceivedAt, $"/submissions/{submission.PublicId}/errors", nearMatches);
    }

    public async Task<SubmissionHistoryViewModel> HistoryAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = StateScope.Of(user);
        var rows = await scope.Filter(db.Submissions.AsNoTracking(), s => s.StateCode)
            .OrderByDescending(s => s.ReceivedAt).ThenByDescending(s => s.Id)
            .Take(HistoryLimit)
            .Select(s => new SubmissionHistoryRow(s.PublicId, s.StateCode, s.ReceivedAt, s.Channel, s.Status, s.StudentCount,
                s.Inserted, s.Updated, s.Deleted, s.Rejected, s.Linked, s.NewStudents, s.NearMatches, s.LateNewChildren))
            .ToListAsync(cancellationToken);
        return new SubmissionHistoryViewModel(rows, scope.IsNational, scope.StateCode is not null);
    }
}
