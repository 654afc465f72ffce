namespace MsixPortal.Data.Entities.Audit;

/// <summary>
/// One append-only audit row (FERPA 34 CFR 99.32 record of access): who did what to which record,
/// when and from where. Never holds PII values: targets are IDs, details are field names and counts.
/// </summary>
public class AuditEvent
{
    public long Id { get; set; }
    public DateTime OccurredAt { get; set; }
    public Guid? UserId { get; set; }
    public string? UserRoles { get; set; }
    /// <summary>
    /// The State the event belongs to, for State-scoped audit views: the target account's or
    /// record's State when the caller names one, otherwise the acting user's State.
    /// </summary>
    public string? StateCode { get; set; }

    /// <summary>
    /// Every State whose records or accounts the event concerns (a record several States hold, a
    /// notice or request between two States, a merge across States), so that each of them sees it
    /// in its audit trail; <see cref="StateCode"/> is one of them, or the actor's State.
    /// </summary>
    public string[] ConcernedStateCodes { get; set; } = [];
    public string Action { get; set; } = "";
    public string? TargetType { get; set; }
    public string? TargetId { get; set; }

    /// <summary>Non-PII detail, e.g. "fields=first_name,birth_date;results=3" or a stated purpose.</summary>
    public string? Detail { get; set; }

    public string? ClientIp { get; set; }
    public string? CorrelationId { get; set; }
}
