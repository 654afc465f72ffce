namespace MsixPortal.Authorization;

/// <summary>
/// An account (or an application for one) as the account policies see it.
/// </summary>
/// <param name="UserId">The account's ID; null for an application not yet approved.</param>
/// <param name="Email">The account's or applicant's email, to refuse acting on one's own.</param>
/// <param name="StateCode">The account's State; null for national accounts.</param>
/// <param name="Roles">Every role involved: the ones held now and the ones about to be granted.</param>
public sealed record AccountResource(Guid? UserId, string Email, string? StateCode, IReadOnlyCollection<string> Roles)
    : IStateScoped;
