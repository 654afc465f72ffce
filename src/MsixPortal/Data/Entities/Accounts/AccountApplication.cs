namespace MsixPortal.Data.Entities.Accounts;

/// <summary>
/// A request for an account, submitted on the public form and decided by a user administrator of
/// the applicant's State (or a national administrator). Approval creates the <see cref="PortalUser"/>.
/// </summary>
public class AccountApplication
{
    public Guid Id { get; set; }

    public string FullName { get; set; } = "";
    public string Email { get; set; } = "";

    /// <summary>Upper-case invariant email, as Identity normalises it, for duplicate checks.</summary>
    public string NormalizedEmail { get; set; } = "";

    public string Phone { get; set; } = "";
    public string JobTitle { get; set; } = "";
    public string StateCode { get; set; } = "";

    /// <summary>District or MEP project.</summary>
    public string Organization { get; set; } = "";

    /// <summary>One of <c>PortalRoles</c>.</summary>
    public string RequestedRole { get; set; } = "";

    public string SupervisorName { get; set; } = "";
    public string SupervisorEmail { get; set; } = "";
    public DateOnly TrainingCompletedOn { get; set; }

    public int RulesOfBehaviorVersionId { get; set; }
    public RulesOfBehaviorVersion? RulesOfBehaviorVersion { get; set; }
    public DateTime RulesOfBehaviorAcceptedAt { get; set; }

    public AccountApplicationStatus Status { get; set; } = AccountApplicationStatus.Pending;
    public DateTime CreatedAt { get; set; }

    /// <summary>The role the reviewer granted, which may differ from the requested one.</summary>
    public string? GrantedRole { get; set; }

    public Guid? ReviewerId { get; set; }
    public DateTime? DecidedAt { get; set; }

    /// <summary>The reviewer's reason (required for a rejection; it is emailed to the applicant).</summary>
    public string? DecisionReason { get; set; }

    /// <summary>The account created on approval.</summary>
    public Guid? UserId { get; set; }
}
