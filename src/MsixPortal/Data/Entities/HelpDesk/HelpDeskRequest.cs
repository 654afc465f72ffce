using System.Globalization;
using MsixPortal.Authorization;

namespace MsixPortal.Data.Entities.HelpDesk;

/// <summary>
/// A question to the help desk or a report of a possible PII incident (<see cref="Kind"/>), from a
/// signed-in user (<see cref="ReporterUserId"/>) or a visitor who cannot sign in (contact fields and
/// a tracking link). <see cref="StateCode"/> is the reporter's State, which routes it to that State's
/// administrators; the texts are what the reporter typed and are shown only in the portal.
/// </summary>
public class HelpDeskRequest : IStateScoped
{
    public long Id { get; set; }
    public HelpDeskKind Kind { get; set; }

    /// <summary>A code of <c>HelpDeskCategories</c> (incidents: "incident").</summary>
    public string Category { get; set; } = "";

    public HelpDeskStatus Status { get; set; }
    public string? StateCode { get; set; }
    public Guid? ReporterUserId { get; set; }

    /// <summary>A visitor's name and work email, to answer them; null for signed-in users.</summary>
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }

    /// <summary>SHA-256 of the secret in the link a visitor follows their request with.</summary>
    public string? TrackingTokenHash { get; set; }

    /// <summary>The question, or what happened (incidents).</summary>
    public string Message { get; set; } = "";

    /// <summary>The reference an error page showed, when the user came from one.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>Incidents: when it happened, what kinds of data (codes), who has been told.</summary>
    public DateTime? OccurredAt { get; set; }
    public string? DataInvolved { get; set; }
    public string? WhoWasTold { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Incidents: when an administrator must have acknowledged it (one hour after the report).</summary>
    public DateTime? AcknowledgeBy { get; set; }
    public DateTime? AcknowledgedAt { get; set; }
    public Guid? AcknowledgedByUserId { get; set; }
    public Guid? AssignedToUserId { get; set; }
    public DateTime? ClosedAt { get; set; }
    public Guid? ClosedByUserId { get; set; }
    public List<HelpDeskReply> Replies { get; set; } = [];
    public uint Version { get; set; }

    /// <summary>What the reporter is given and emails say: HD-000042 (question) or PI-000042 (incident).</summary>
    public string Reference => string.Create(CultureInfo.InvariantCulture,
        $"{(Kind == HelpDeskKind.Incident ? "PI" : "HD")}-{Id:D6}");
}

public enum HelpDeskKind
{
    Question,
    Incident,
}

/// <summary>Open: waiting for the help desk; Acknowledged: an incident being handled; Answered: waiting for the reporter.</summary>
public enum HelpDeskStatus
{
    Open,
    Acknowledged,
    Answered,
    Closed,
}
