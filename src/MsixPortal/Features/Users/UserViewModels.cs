using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Features.Users;

public sealed record UserListRow(
    Guid Id, string FullName, string Email, string? StateCode, AccountStatus Status, DateTime? LastSignInAt,
    IReadOnlyList<string> Roles);

public sealed record UserListViewModel(
    IReadOnlyList<UserListRow> Rows,
    int TotalCount,
    int Page,
    int PageSize,
    AccountStatus? Status,
    string? Search,
    string ScopeDescription)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}

public sealed record UserDetailsViewModel(
    Guid Id,
    string FullName,
    string Email,
    string? StateCode,
    string JobTitle,
    string Organization,
    AccountStatus Status,
    AccountDisabledReason? DisabledReason,
    IReadOnlyList<string> Roles,
    DateTime CreatedAt,
    DateTime? LastSignInAt,
    bool AuthenticatorEnrolled,
    DateTimeOffset? LockedOutUntil,
    int SessionCount,
    IReadOnlyList<string> GrantableRoles,
    bool IsOwnAccount);
