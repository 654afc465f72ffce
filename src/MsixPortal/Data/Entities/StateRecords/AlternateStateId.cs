namespace MsixPortal.Data.Entities.StateRecords;

/// <summary>Another identifier the State holds for the child (up to 999 per child).</summary>
public class AlternateStateId : StateRecordRow
{
    public string Identifier { get; set; } = "";
    public string IdentifierType { get; set; } = "";
}
