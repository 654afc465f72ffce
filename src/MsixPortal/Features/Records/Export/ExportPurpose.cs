namespace MsixPortal.Features.Records.Export;

/// <summary>
/// Why a record is exported (FERPA 34 CFR 99.32 asks for the legitimate interest). A fixed list,
/// not free text, so the audit trail records the purpose without ever holding a typed name.
/// </summary>
public enum ExportPurpose
{
    Enrollment = 1,
    CreditAccrual,
    ServiceDelivery,
    RecordsTransfer,
    HealthFollowUp,
    DataCorrection,
}

public static class ExportPurposeNames
{
    public static string Text(this ExportPurpose purpose) => purpose switch
    {
        ExportPurpose.Enrollment => "Enrollment and grade placement",
        ExportPurpose.CreditAccrual => "Credit accrual and course placement",
        ExportPurpose.ServiceDelivery => "Migrant Education Program services",
        ExportPurpose.RecordsTransfer => "Records for a receiving school or program",
        ExportPurpose.HealthFollowUp => "Health and immunization follow-up",
        ExportPurpose.DataCorrection => "Data quality review and correction",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose)),
    };

    /// <summary>The purpose as written to the audit trail, e.g. "credit-accrual".</summary>
    public static string AuditCode(this ExportPurpose purpose) => purpose switch
    {
        ExportPurpose.Enrollment => "enrollment",
        ExportPurpose.CreditAccrual => "credit-accrual",
        ExportPurpose.ServiceDelivery => "mep-services",
        ExportPurpose.RecordsTransfer => "records-transfer",
        ExportPurpose.HealthFollowUp => "health-follow-up",
        ExportPurpose.DataCorrection => "data-correction",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose)),
    };
}
