namespace MsixPortal.Data.Entities.Accounts;

/// <summary>
/// A signed-in browser session. The session cookie names this row (claim msix:sid) and is only
/// accepted while the row exists, so signing out, "sign out everywhere" and an administrator
/// ending a user's sessions take effect at once on every app instance, and a replayed old
/// cookie is refused. Every sign-in makes a new row (a new ID: no session fixation).
/// </summary>
public class UserSession
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>The absolute end of the session (12 h after sign-in); rows past it get cleaned up.</summary>
    public DateTime ExpiresAt { get; set; }
}
