namespace MsixPortal.Features.Records;

/// <summary>How record views, prints and exports are written to the audit trail.</summary>
public static class RecordAudit
{
    /// <summary><c>audit_events.target_type</c> for a consolidated student; the target ID is its MSIX ID.</summary>
    public const string TargetType = "student";
}
