using MsixPortal.DataElements;

namespace MsixPortal.Features.Submissions.Format;

/// <summary>
/// The header of a submission exactly as it arrived (text, not yet validated): the submitting State,
/// when the State made the file, how many students and records it holds, and the period it covers.
/// </summary>
public sealed record SubmittedHeader(
    string? StateCode,
    string? Timestamp,
    string? StudentCount,
    string? RecordCount,
    string? EffectiveBeginDate,
    string? EffectiveEndDate);

/// <summary>
/// One student row exactly as it arrived: the action code, the demographic elements keyed by their
/// catalogue key (e.g. "FirstName", "MsixId", "StateCode" for the reporting State), and its child rows.
/// Values are raw text; the validator turns them into a State record or into errors.
/// </summary>
public sealed class SubmittedStudent
{
    /// <summary>1-based position of the student in the file; the State's own record number may differ.</summary>
    public int Position { get; init; }

    /// <summary>The record number the State gave the row (text as sent).</summary>
    public string? RecordNumber { get; init; }

    public string? Action { get; init; }

    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Element names the file used that the format does not know (reported, never stored).</summary>
    public List<string> UnknownElements { get; } = [];

    public List<SubmittedRow> Rows { get; } = [];

    /// <summary>The value of one element, or null when absent or blank.</summary>
    public string? this[string key] => Fields.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
}

/// <summary>One child row (alternate ID, qualifying move, enrollment, course, assessment) as it arrived.</summary>
public sealed class SubmittedRow(DataSection section, string? sequence)
{
    public DataSection Section { get; } = section;

    public string? Sequence { get; } = sequence;

    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    public List<string> UnknownElements { get; } = [];

    public string? this[string key] => Fields.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
}
