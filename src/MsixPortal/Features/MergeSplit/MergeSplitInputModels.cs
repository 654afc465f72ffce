using System.ComponentModel.DataAnnotations;

namespace MsixPortal.Features.MergeSplit;

/// <summary>POST /records/merge: the MSIX IDs that are the same child, the one to keep, and why.</summary>
public sealed class MergeFlagInputModel
{
    /// <summary>The MSIX IDs compared on the form (space or comma separated).</summary>
    [Required(ErrorMessage = "Enter the MSIX IDs to compare.")]
    [StringLength(200)]
    public string? MsixIds { get; set; }

    [Required(ErrorMessage = "Choose the record whose MSIX ID stays.")]
    [StringLength(12)]
    [Display(Name = "Master record")]
    public string? MasterMsixId { get; set; }

    [Required(ErrorMessage = "Say why these records are the same child.")]
    [StringLength(1000)]
    public string? Reason { get; set; }

    public IReadOnlyList<string> MsixIdList() =>
        [.. (MsixIds ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
}

/// <summary>POST /records/split: the record wrongly joined, the State records that leave it, and why.</summary>
public sealed class SplitFlagInputModel
{
    [Required(ErrorMessage = "Enter the MSIX ID.")]
    [StringLength(12)]
    public string? MsixId { get; set; }

    /// <summary>The State records that move to another MSIX ID (the unticked ones stay).</summary>
    public List<long> RecordIds { get; set; } = [];

    [Required(ErrorMessage = "Say why this record joins different children.")]
    [StringLength(1000)]
    public string? Reason { get; set; }
}

/// <summary>POST /merge-split/{id}/validate or /reject: an optional comment.</summary>
public sealed class MergeSplitDecisionInputModel
{
    [StringLength(1000)]
    public string? Comment { get; set; }
}
