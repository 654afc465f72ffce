namespace MsixPortal.Features.Applications;

public sealed record ApplicationListRow(Guid Id, string FullName, string Email, string StateCode, string Organization,
    string RequestedRole, DateTime CreatedAt);

public sealed record ApplicationListViewModel(IReadOnlyList<ApplicationListRow> Rows, string ScopeDescription);

public sealed record ApplicationDetailsViewModel(
    Guid Id,
    string FullName,
    string Email,
    string Phone,
    string JobTitle,
    string StateCode,
    string Organization,
    string RequestedRole,
    string SupervisorName,
    string SupervisorEmail,
    DateOnly TrainingCompletedOn,
    string RulesOfBehaviorVersion,
    DateTime RulesOfBehaviorAcceptedAt,
    DateTime CreatedAt,
    bool IsPending,
    IReadOnlyList<string> GrantableRoles);
