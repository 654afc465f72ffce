using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Linking;
using MsixPortal.Features.Audit;
using MsixPortal.Features.MergeSplit;
using MsixPortal.Features.Worklists;

namespace MsixPortal.Features.NearMatches;

/// <summary>
/// The near-match review page and its decision, State-scoped: the item belongs to the submitting
/// State, so only that State's administrators (or national ones) may see or decide it.
/// </summary>
public sealed class NearMatchPages(
    PortalDbContext db,
    NearMatchService decisions,
    NearMatchScores scores,
    RecordComparisonBuilder comparisons,
    WorkItemLookups lookups,
    AuditTrail audit,
    IAuthorizationService authorization)
{
    public async Task<(WorkItemOutcome Outcome, NearMatchReviewViewModel? Model)> ReviewAsync(
        Guid publicId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var item = await db.NearMatchItems.AsNoTracking().FirstOrDefaultAsync(n => n.PublicId == publicId, cancellationToken);
        var access = await AccessAsync(item, user);
        if (access != WorkItemOutcome.Done)
        {
            return (access, null);
        }
        var incomingStudentId = await db.StateStudentRecords.Where(r => r.Id == item!.StateStudentRecordId)
            .Select(r => r.ConsolidatedStudentId).FirstAsync(cancellationToken);
        var studentIds = new[] { incomingStudentId, item!.CandidateConsolidatedStudentId }.Distinct().ToList();
        var comparison = await comparisons.BuildAsync(studentIds, new HashSet<long> { item.StateStudentRecordId }, cancellationToken);
        // After a match the record sits under the candidate: the page names the temporary MSIX ID it had.
        var provisionalId = item.ProvisionalStudentId ?? incomingStudentId;
        var msixIds = await db.ConsolidatedStudents.Where(s => studentIds.Contains(s.Id) || s.Id == provisionalId)
            .ToDictionaryAsync(s => s.Id, s => s.MsixId, cancellationToken);
        var names = await lookups.UserNamesAsync([item.DecidedByUserId], cancellationToken);
        // Side-by-side records are a view of those records (FERPA): audited like the record page, in
        // the trail of every State holding one of them (the candidate's States see who compared it).
        var states = await lookups.StatesHoldingAsync(studentIds, cancellationToken);
        await audit.RecordAsync(AuditActions.NearMatchReviewed, "consolidated-student",
            string.Join(',', studentIds.Select(id => id.ToString(CultureInfo.InvariantCulture))), concerns: states, cancellationToken: cancellationToken);
        return (WorkItemOutcome.Done, new NearMatchReviewViewModel(item.PublicId, item.Status, item.StateCode, item.CreatedAt,
            msixIds.GetValueOrDefault(provisionalId, msixIds[incomingStudentId]), msixIds[item.CandidateConsolidatedStudentId], scores.Explain(item),
            comparison, item.DecidedByUserId is { } decider ? names.GetValueOrDefault(decider, "") : null, item.DecidedAt,
            item.Status == NearMatchStatus.Open));
    }

    public async Task<WorkItemOutcome> DecideAsync(Guid publicId, bool isMatch, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var item = await db.NearMatchItems.AsNoTracking().FirstOrDefaultAsync(n => n.PublicId == publicId, cancellationToken);
        var access = await AccessAsync(item, user);
        if (access != WorkItemOutcome.Done)
        {
            return access;
        }
        return await decisions.DecideAsync(publicId, isMatch, user.UserId(), cancellationToken) switch
        {
            NearMatchService.Outcome.Decided => WorkItemOutcome.Done,
            NearMatchService.Outcome.NotFound => WorkItemOutcome.NotFound,
            _ => WorkItemOutcome.Conflict,
        };
    }

    private async Task<WorkItemOutcome> AccessAsync(NearMatchItem? item, ClaimsPrincipal user) =>
        item is null ? WorkItemOutcome.NotFound
        : (await authorization.AuthorizeAsync(user, item, Policies.SameState)).Succeeded ? WorkItemOutcome.Done
        : WorkItemOutcome.Forbidden;
}
