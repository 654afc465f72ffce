namespace MsixPortal.Data.Entities.StateRecords;

/// <summary>One qualifying move and the eligibility it gives (MDEs 20–26).</summary>
public class QualifyingMove : StateRecordRow
{
    public DateOnly QualifyingArrivalDate { get; set; }       // MDE 20
    public string? FromCity { get; set; }                     // MDE 21
    public string? FromState { get; set; }                    // MDE 22
    public string? FromCountry { get; set; }                  // MDE 23
    public string? ToCity { get; set; }                       // MDE 24
    public string? ToState { get; set; }                      // MDE 25
    public DateOnly? EligibilityExpirationDate { get; set; }  // MDE 26
}
