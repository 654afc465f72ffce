namespace MsixPortal.Features.Audit;

/// <summary>One page of audit events, newest first.</summary>
public sealed record AuditLogViewModel(
    AuditLogFilterInputModel Filter,
    IReadOnlyList<AuditLogRow> Rows,
    int TotalCount,
    int PageSize,
    string ScopeDescription,
    bool IsNational)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}

/// <summary>One event as people read it: the action in words, the user by email, the target as an MSIX ID or email where it is one.</summary>
public sealed record AuditLogRow(
    DateTime OccurredAt,
    string Action,
    string ActionName,
    Guid? UserId,
    string? UserEmail,
    string? UserRoles,
    string? StateCode,
    string Target,
    string? Detail,
    string? ClientIp);
