namespace MsixPortal.Data.Entities.Workflows;

/// <summary>
/// A flag that consolidated records are the same child (merge) or one record joins different
/// children (split). A different data administrator validates or rejects it; validating applies it
/// once a data administrator of each State whose records move has validated (or a national one).
/// </summary>
public class MergeSplitFlag
{
    public long Id { get; set; }
    public MergeSplitKind Kind { get; set; }
    public MergeSplitStatus Status { get; set; }
    public string Reason { get; set; } = "";

    /// <summary>Merge: the student whose MSIX ID stays. Split: the student the records leave.</summary>
    public long MasterStudentId { get; set; }

    public Guid FlaggedByUserId { get; set; }
    public string? FlaggedByStateCode { get; set; }
    public DateTime FlaggedAt { get; set; }
    public Guid? AssignedToUserId { get; set; }
    public Guid? DecidedByUserId { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecisionComment { get; set; }

    /// <summary>Split: the student that received the records (new, or the one a merge had absorbed).</summary>
    public long? ResultStudentId { get; set; }

    /// <summary>
    /// The States whose data administrators validated so far (security.md 41): a flag applies once
    /// every State whose records it moves is here, or a national administrator validated it.
    /// </summary>
    public string[] ValidatedStateCodes { get; set; } = [];

    public List<MergeSplitFlagStudent> Students { get; set; } = [];
    public List<MergeSplitFlagRecord> Records { get; set; } = [];
    public uint Version { get; set; }
}
