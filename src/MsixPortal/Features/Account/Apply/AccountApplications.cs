using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.CodeSets;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Recertification;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Notifications;
using MsixPortal.Infrastructure.Email;

namespace MsixPortal.Features.Account.Apply;

/// <summary>
/// Accepts public account applications: checks the choices, stores the application with the
/// accepted Rules of Behavior version, and tells the applicant by email that it arrived. An email
/// that already has an account (open or closed) or a pending application gets the same answer on
/// the page (no enumeration, checklist item 40); its owner is told by email instead. The State's
/// user administrators are told that an application waits (in the portal and by email, without
/// anything the applicant typed); a State without one falls to the national administrators.
/// </summary>
public sealed class AccountApplications(
    PortalDbContext db,
    RulesOfBehavior rules,
    IPortalEmailSender email,
    Notifier notifier,
    AuditTrail audit,
    TimeProvider clock)
{
    /// <summary>Roles one can apply for; national administrators are created by another national administrator.</summary>
    public static readonly IReadOnlyList<string> ApplicableRoles =
        [PortalRoles.Recruiter, PortalRoles.MepStaff, PortalRoles.DataAdministrator, PortalRoles.UserAdministrator];

    public async Task<IReadOnlyList<StateChoice>> StatesAsync(CancellationToken cancellationToken = default) =>
        await db.CodeSetValues.AsNoTracking()
            .Where(v => v.CodeSet == CodeSetNames.UsState)
            .OrderBy(v => v.Label)
            .Select(v => new StateChoice(v.Code, v.Label))
            .ToListAsync(cancellationToken);

    /// <summary>Problems keyed by input field ("" for the whole form); empty when the application can be stored.</summary>
    public async Task<Dictionary<string, string>> ValidateAsync(ApplyInputModel input, CancellationToken cancellationToken = default)
    {
        var problems = new Dictionary<string, string>();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!ApplicableRoles.Contains(input.RequestedRole))
        {
            problems[nameof(input.RequestedRole)] = "Choose one of the listed roles.";
        }
        if (!await db.CodeSetValues.AnyAsync(v => v.CodeSet == CodeSetNames.UsState && v.Code == input.StateCode, cancellationToken))
        {
            problems[nameof(input.StateCode)] = "Choose your State from the list.";
        }
        if (input.TrainingCompletedOn is { } trained && (trained > today || trained <= today.AddYears(-1)))
        {
            problems[nameof(input.TrainingCompletedOn)] =
                "Your cybersecurity training must have been completed within the last 12 months.";
        }
        if (!input.AcceptRulesOfBehavior)
        {
            problems[nameof(input.AcceptRulesOfBehavior)] = "You must accept the Rules of Behavior to apply.";
        }
        else if (input.RulesOfBehaviorVersionId != (await rules.CurrentAsync(cancellationToken)).Id)
        {
            problems[nameof(input.AcceptRulesOfBehavior)] =
                "The Rules of Behavior changed while you were filling in the form. Read the current text and accept it again.";
        }
        return problems;
    }

    /// <summary>
    /// Stores the application, or (when the email is taken) stores nothing and emails the address's
    /// owner. Either way the applicant's page is the same; the owner's email carries nothing the
    /// applicant typed.
    /// </summary>
    public async Task SubmitAsync(ApplyInputModel input, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await EmailOwnerStateAsync(input.Email, cancellationToken) is { } ownerState)
        {
            db.Add(audit.Create(AccountAuditActions.ApplicationForTakenEmail, "account_application", null, null,
                stateCode: ownerState.Length == 0 ? null : ownerState));
            await db.SaveChangesAsync(cancellationToken);
            await email.SendAsync(AccountEmails.ApplicationWithYourAddress(input.Email.Trim()), cancellationToken);
            return;
        }
        var application = new AccountApplication
        {
            Id = Guid.NewGuid(),
            FullName = input.FullName.Trim(),
            Email = input.Email.Trim(),
            NormalizedEmail = Normalize(input.Email),
            Phone = input.Phone.Trim(),
            JobTitle = input.JobTitle.Trim(),
            StateCode = input.StateCode,
            Organization = input.Organization.Trim(),
            RequestedRole = input.RequestedRole,
            SupervisorName = input.SupervisorName.Trim(),
            SupervisorEmail = input.SupervisorEmail.Trim(),
            TrainingCompletedOn = input.TrainingCompletedOn!.Value,
            RulesOfBehaviorVersionId = input.RulesOfBehaviorVersionId,
            RulesOfBehaviorAcceptedAt = now,
            Status = AccountApplicationStatus.Pending,
            CreatedAt = now,
        };
        db.AccountApplications.Add(application);
        db.Add(audit.Create(AccountAuditActions.ApplicationSubmitted, "account_application", application.Id.ToString(),
            $"state={application.StateCode};role={application.RequestedRole}"));
        notifier.Notify(await ReviewersAsync(application.StateCode, cancellationToken),
            $"An account application for {application.StateCode} is waiting for review", "/admin/applications");
        await db.SaveChangesAsync(cancellationToken);
        await email.SendAsync(AccountEmails.ApplicationReceived(application.Email), cancellationToken);
    }

    /// <summary>The active user administrators of the State; the national administrators when it has none.</summary>
    private async Task<List<NotificationRecipient>> ReviewersAsync(string stateCode, CancellationToken cancellationToken)
    {
        var stateReviewers = await ActiveInRole(PortalRoles.UserAdministrator).Where(u => u.StateCode == stateCode)
            .Select(u => new NotificationRecipient(u.Id, u.Email ?? "")).ToListAsync(cancellationToken);
        return stateReviewers.Count > 0
            ? stateReviewers
            : await ActiveInRole(PortalRoles.NationalAdministrator).Select(u => new NotificationRecipient(u.Id, u.Email ?? ""))
                .ToListAsync(cancellationToken);
    }

    private IQueryable<PortalUser> ActiveInRole(string role)
    {
        var normalized = role.ToUpperInvariant();
        return db.Users.Where(u => u.Status == AccountStatus.Active
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalized)));
    }

    /// <summary>
    /// The account an approval creates from an application (not saved; status PendingActivation):
    /// contact and work details, the attested training date and the accepted Rules of Behavior.
    /// Roles are added by the caller (the granted role).
    /// </summary>
    public static PortalUser NewUserFrom(AccountApplication application, DateTime now) => new()
    {
        Id = Guid.NewGuid(),
        UserName = application.Email,
        Email = application.Email,
        EmailConfirmed = false,
        FullName = application.FullName,
        PhoneNumber = application.Phone,
        JobTitle = application.JobTitle,
        StateCode = application.StateCode,
        Organization = application.Organization,
        SupervisorName = application.SupervisorName,
        SupervisorEmail = application.SupervisorEmail,
        TrainingCompletedOn = application.TrainingCompletedOn,
        RulesOfBehaviorVersionId = application.RulesOfBehaviorVersionId,
        RulesOfBehaviorAcceptedAt = application.RulesOfBehaviorAcceptedAt,
        Status = AccountStatus.PendingActivation,
        CreatedAt = now,
    };

    /// <summary>The State of the account or pending application that holds this email ("" if none is known), or null when the email is free.</summary>
    private async Task<string?> EmailOwnerStateAsync(string address, CancellationToken cancellationToken)
    {
        var normalized = Normalize(address);
        var account = await db.Users.Where(u => u.NormalizedEmail == normalized)
            .Select(u => new { u.StateCode }).FirstOrDefaultAsync(cancellationToken);
        if (account is not null)
        {
            return account.StateCode ?? "";
        }
        return await db.AccountApplications
            .Where(a => a.NormalizedEmail == normalized && a.Status == AccountApplicationStatus.Pending)
            .Select(a => a.StateCode).FirstOrDefaultAsync(cancellationToken);
    }

    private static string Normalize(string address) => address.Trim().ToUpperInvariant();
}
