namespace MsixPortal.Data.Entities.Workflows;

/// <summary>What happened to an MSIX ID: the history shown on the record.</summary>
public enum MsixIdEvent
{
    /// <summary>This MSIX ID was merged into <c>OtherStudentId</c> (its master).</summary>
    MergedInto,

    /// <summary><c>OtherStudentId</c> was merged into this MSIX ID.</summary>
    Absorbed,

    /// <summary>This MSIX ID was created, or restored, from records split off <c>OtherStudentId</c>.</summary>
    SplitFrom,

    /// <summary>Records of this MSIX ID were split off to <c>OtherStudentId</c>.</summary>
    SplitOff,
}
