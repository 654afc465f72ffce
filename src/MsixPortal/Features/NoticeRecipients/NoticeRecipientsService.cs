using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Worklists;

namespace MsixPortal.Features.NoticeRecipients;

/// <summary>A State, as the resource of <see cref="Policies.SameState"/>.</summary>
public sealed record StateResource(string? StateCode) : IStateScoped;

public sealed record NoticeRecipientItem(Guid UserId, string Name, string Email);

public sealed record NoticeRecipientsViewModel(string StateCode, IReadOnlyList<NoticeRecipientItem> Designated,
    IReadOnlyList<NoticeRecipientItem> Candidates);

/// <summary>A State's designated move-notice recipients, kept by its user administrators (national: any State).</summary>
public sealed class NoticeRecipientsService(PortalDbContext db, AuditTrail audit, IAuthorizationService authorization, TimeProvider clock)
{
    public async Task<(WorkItemOutcome Outcome, NoticeRecipientsViewModel? Model)> ListAsync(string? state, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var stateCode = (state ?? user.StateCode())?.ToUpperInvariant();
        if (stateCode is null)
        {
            // A national administrator names the State in the query string.
            return (WorkItemOutcome.NotFound, null);
        }
        if (!await MayAsync(user, stateCode))
        {
            return (WorkItemOutcome.Forbidden, null);
        }
        var users = await db.Users.AsNoTracking()
            .Where(u => u.StateCode == stateCode && u.Status == AccountStatus.Active)
            .OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName, u.Email, Designated = db.NoticeRecipients.Any(r => r.StateCode == stateCode && r.UserId == u.Id) })
            .ToListAsync(cancellationToken);
        NoticeRecipientItem Item(Guid id, string name, string? email) => new(id, name, email ?? "");
        return (WorkItemOutcome.Done, new NoticeRecipientsViewModel(stateCode,
            [.. users.Where(u => u.Designated).Select(u => Item(u.Id, u.FullName, u.Email))],
            [.. users.Where(u => !u.Designated).Select(u => Item(u.Id, u.FullName, u.Email))]));
    }

    public async Task<WorkItemOutcome> ChangeAsync(string stateCode, Guid userId, bool designate, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        stateCode = stateCode.ToUpperInvariant();
        if (!await MayAsync(user, stateCode))
        {
            return WorkItemOutcome.Forbidden;
        }
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.StateCode == stateCode, cancellationToken))
        {
            return WorkItemOutcome.NotFound;
        }
        var existing = await db.NoticeRecipients.FindAsync([stateCode, userId], cancellationToken);
        if (designate && existing is null)
        {
            db.NoticeRecipients.Add(new NoticeRecipient { StateCode = stateCode, UserId = userId, AddedAt = clock.GetUtcNow().UtcDateTime });
        }
        else if (!designate && existing is not null)
        {
            db.NoticeRecipients.Remove(existing);
        }
        db.AuditEvents.Add(audit.Create(AuditActions.NoticeRecipientsChanged, "user", userId.ToString(),
            $"state={stateCode};designated={designate}", stateCode: stateCode));
        await db.SaveChangesAsync(cancellationToken);
        return WorkItemOutcome.Done;
    }

    private async Task<bool> MayAsync(ClaimsPrincipal user, string stateCode) =>
        (await authorization.AuthorizeAsync(user, new StateResource(stateCode), Policies.SameState)).Succeeded;
}
