namespace MsixPortal.Data.Entities.Accounts;

/// <summary>
/// A signed-in browser session. The auth cookie carries only this row's ID; the ticket lives
/// here, so signing out, "sign out everywhere" and an administrator ending a user's sessions take
/// effect at once, on every app instance, and a replayed old cookie finds nothing.
/// </summary>
public class UserSession
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The serialized authentication ticket, encrypted with Data Protection.</summary>
    public byte[] ProtectedTicket { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public DateTime LastRenewedAt { get; set; }

    /// <summary>The idle expiry of the ticket; rows past it are never used and get cleaned up.</summary>
    public DateTime? ExpiresAt { get; set; }
}
