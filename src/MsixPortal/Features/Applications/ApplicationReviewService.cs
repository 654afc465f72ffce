using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account;
using MsixPortal.Features.Account.Activation;
using MsixPortal.Features.Account.Apply;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Shared;
using MsixPortal.Infrastructure.Email;

namespace MsixPortal.Features.Applications;

/// <summary>
/// User administrators decide the account applications of their State (national administrators:
/// all). <see cref="Policies.DecideApplication"/> keeps them to their State, away from their own
/// application and from granting a role above their own. Approval creates the account and sends
/// the activation link; rejection emails the reason.
/// </summary>
public sealed class ApplicationReviewService(
    PortalDbContext db,
    UserManager<PortalUser> userManager,
    IAuthorizationService authorization,
    AccountActivation activation,
    IPortalEmailSender email,
    AuditTrail audit,
    TimeProvider clock)
{
    public async Task<ApplicationListViewModel> PendingAsync(ClaimsPrincipal admin, CancellationToken cancellationToken)
    {
        var scope = StateScope.Of(admin);
        var rows = await scope.Filter(db.AccountApplications.AsNoTracking(), a => a.StateCode)
            .Where(a => a.Status == AccountApplicationStatus.Pending)
            .OrderBy(a => a.CreatedAt)
            .Select(a => new ApplicationListRow(a.Id, a.FullName, a.Email, a.StateCode, a.Organization, a.RequestedRole, a.CreatedAt))
            .ToListAsync(cancellationToken);
        return new ApplicationListViewModel(rows, scope.IsNational ? "all States" : $"State {scope.StateCode}");
    }

    /// <summary>The application if in the administrator's State; (null, false) for 404, (null, true) for 403.</summary>
    public async Task<(ApplicationDetailsViewModel? Details, bool Forbidden)> DetailsAsync(ClaimsPrincipal admin, Guid id,
        CancellationToken cancellationToken)
    {
        var application = await db.AccountApplications.AsNoTracking().Include(a => a.RulesOfBehaviorVersion)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return (null, false);
        }
        if (!await MayDecideAsync(admin, application, application.RequestedRole))
        {
            return (null, true);
        }
        var ownRank = RoleRanking.Highest(admin.FindAll(ClaimTypes.Role).Select(c => c.Value));
        var grantable = PortalRoles.All
            .Where(role => role != PortalRoles.NationalAdministrator && RoleRanking.Of(role) <= ownRank).ToList();
        return (new ApplicationDetailsViewModel(application.Id, application.FullName, application.Email, application.Phone,
            application.JobTitle, application.StateCode, application.Organization, application.RequestedRole,
            application.SupervisorName, application.SupervisorEmail, application.TrainingCompletedOn,
            application.RulesOfBehaviorVersion?.Version ?? "", application.RulesOfBehaviorAcceptedAt, application.CreatedAt,
            application.Status == AccountApplicationStatus.Pending, grantable), false);
    }

    public Task<AdminOutcome> ApproveAsync(ClaimsPrincipal admin, Guid id, string role, CancellationToken cancellationToken) =>
        DecideAsync(admin, id, role, async application =>
        {
            if (!PortalRoles.All.Contains(role) || role == PortalRoles.NationalAdministrator)
            {
                return AdminOutcome.Refused("invalid-role");
            }
            if (await userManager.FindByEmailAsync(application.Email) is not null)
            {
                return AdminOutcome.Refused("email-taken");
            }
            var user = AccountApplications.NewUserFrom(application, clock.GetUtcNow().UtcDateTime);
            Check(await userManager.CreateAsync(user));
            Check(await userManager.AddToRoleAsync(user, role));
            Decide(application, admin, AccountApplicationStatus.Approved, null);
            application.GrantedRole = role;
            application.UserId = user.Id;
            db.Add(audit.Create(AuditActions.ApplicationApproved, "application", application.Id.ToString(),
                $"requested={application.RequestedRole};granted={role};user={user.Id}", stateCode: application.StateCode));
            await db.SaveChangesAsync(cancellationToken);
            await activation.IssueActivationLinkAsync(user, cancellationToken: cancellationToken);
            return AdminOutcome.Done("approved");
        }, cancellationToken);

    public Task<AdminOutcome> RejectAsync(ClaimsPrincipal admin, Guid id, string reason, CancellationToken cancellationToken) =>
        DecideAsync(admin, id, null, async application =>
        {
            Decide(application, admin, AccountApplicationStatus.Rejected, reason.Trim());
            db.Add(audit.Create(AuditActions.ApplicationRejected, "application", application.Id.ToString(),
                stateCode: application.StateCode));
            await db.SaveChangesAsync(cancellationToken);
            await email.SendAsync(AccountEmails.ApplicationRejected(application.Email, reason.Trim()), cancellationToken);
            return AdminOutcome.Done("rejected");
        }, cancellationToken);

    private async Task<AdminOutcome> DecideAsync(ClaimsPrincipal admin, Guid id, string? grantedRole,
        Func<AccountApplication, Task<AdminOutcome>> decide, CancellationToken cancellationToken)
    {
        var found = await db.AccountApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (found is null)
        {
            return AdminOutcome.NotFound;
        }
        if (!await MayDecideAsync(admin, found, grantedRole ?? found.RequestedRole))
        {
            return AdminOutcome.Forbidden;
        }
        // One transaction: the account, the decision and its audit row exist together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Conditional update: of two decisions at once (approve and reject, or approve four times),
        // only the first finds the application Pending; the others wait for its row lock, then find
        // it decided and get the 409 page with nothing changed.
        var claimed = await db.AccountApplications.Where(a => a.Id == id && a.Status == AccountApplicationStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.DecidedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);
        if (claimed == 0)
        {
            return AdminOutcome.Conflict;
        }
        var application = await db.AccountApplications.SingleAsync(a => a.Id == id, cancellationToken);
        var outcome = await decide(application);
        if (outcome.Kind == AdminOutcomeKind.Done)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return outcome;
    }

    private async Task<bool> MayDecideAsync(ClaimsPrincipal admin, AccountApplication application, string role) =>
        (await authorization.AuthorizeAsync(admin,
            new AccountResource(null, application.Email, application.StateCode, [role]), Policies.DecideApplication)).Succeeded;

    private void Decide(AccountApplication application, ClaimsPrincipal admin, AccountApplicationStatus status, string? reason)
    {
        application.Status = status;
        application.DecisionReason = reason;
        application.DecidedAt = clock.GetUtcNow().UtcDateTime;
        application.ReviewerId = Guid.Parse(admin.FindFirst(ClaimTypes.NameIdentifier)!.Value);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
