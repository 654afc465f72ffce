namespace MsixPortal.Authorization;

/// <summary>
/// Something that belongs to one State, for the <see cref="Policies.SameState"/> check.
/// A null State means national: only National Administrators may act on it.
/// </summary>
public interface IStateScoped
{
    string? StateCode { get; }
}
