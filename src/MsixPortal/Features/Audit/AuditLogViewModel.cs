namespace MsixPortal.Features.Audit;

/// <summary>One page of audit events, newest first.</summary>
public sealed record AuditLogViewModel(
    AuditLogFilterInputModel Filter,
    IReadOnlyList<AuditLogRow> Rows,
    int TotalCount,
    int PageSize,
    string ScopeDescription)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}

public sealed record AuditLogRow(
    DateTime OccurredAt,
    string Action,
    Guid? UserId,
    string? UserEmail,
    string? UserRoles,
    string? StateCode,
    string? TargetType,
    string? TargetId,
    string? Detail,
    string? ClientIp);
