using System.Linq.Expressions;
using System.Security.Claims;

namespace MsixPortal.Authorization;

/// <summary>
/// Which States' rows a user may list: National Administrators all of them, everyone else only
/// their own State. The list-query counterpart of <see cref="Policies.SameState"/>, which checks a
/// single loaded resource.
/// </summary>
public sealed class StateScope
{
    private StateScope(bool isNational, string? stateCode)
    {
        IsNational = isNational;
        StateCode = stateCode;
    }

    public bool IsNational { get; }

    /// <summary>The user's State; null for national users (and for a State user whose State is missing).</summary>
    public string? StateCode { get; }

    public static StateScope Of(ClaimsPrincipal user) =>
        new(user.IsInRole(PortalRoles.NationalAdministrator), user.FindFirst(PortalClaimTypes.StateCode)?.Value);

    /// <summary>
    /// Keeps the rows whose State (<paramref name="stateOf"/>, e.g. <c>u =&gt; u.StateCode</c>) is in
    /// scope; a State user with no State sees nothing.
    /// </summary>
    public IQueryable<T> Filter<T>(IQueryable<T> rows, Expression<Func<T, string?>> stateOf)
    {
        if (IsNational)
        {
            return rows;
        }
        if (StateCode is null)
        {
            return rows.Where(_ => false);
        }
        var inScope = Expression.Equal(stateOf.Body, Expression.Constant(StateCode, typeof(string)));
        return rows.Where(Expression.Lambda<Func<T, bool>>(inScope, stateOf.Parameters));
    }
}
