namespace MsixPortal.Data.Entities.Notifications;

/// <summary>
/// An email waiting to be sent (or sent). Written in the same transaction as the work that causes
/// it, and delivered by the outbox processor, so that an SMTP outage or a restart loses nothing.
/// Bodies never hold student PII: they say that something is waiting and link to the portal.
/// </summary>
public class OutboxEmail
{
    public long Id { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    /// <summary>When the processor may try (again); a failed attempt pushes it back with a growing delay.</summary>
    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>The type of the last failure (e.g. SocketException), never its message: it may echo an address.</summary>
    public string? LastError { get; set; }
}
