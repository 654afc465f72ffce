namespace MsixPortal.Features.Shared;

/// <summary>What an administrator's action came to; the controller turns it into a response.</summary>
public enum AdminOutcomeKind
{
    Done,

    /// <summary>No such account or application (404).</summary>
    NotFound,

    /// <summary>Out of the administrator's scope: other State, own account, or a role above their own (403).</summary>
    Forbidden,

    /// <summary>Cannot be carried out as asked (e.g. an invalid role); <see cref="AdminOutcome.Code"/> says why.</summary>
    Refused,

    /// <summary>Someone else changed it first (e.g. decided the application): a 409 page, nothing changed.</summary>
    Conflict,
}

/// <param name="Kind">What happened.</param>
/// <param name="Code">For Done and Refused: one of <see cref="AdminResultMessages"/>' codes, shown after the redirect.</param>
public sealed record AdminOutcome(AdminOutcomeKind Kind, string? Code = null)
{
    public static readonly AdminOutcome NotFound = new(AdminOutcomeKind.NotFound);
    public static readonly AdminOutcome Forbidden = new(AdminOutcomeKind.Forbidden);
    public static readonly AdminOutcome Conflict = new(AdminOutcomeKind.Conflict);

    public static AdminOutcome Done(string code) => new(AdminOutcomeKind.Done, code);

    public static AdminOutcome Refused(string code) => new(AdminOutcomeKind.Refused, code);
}
