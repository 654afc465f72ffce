namespace MsixPortal.Features.Records.AccessLog;

/// <summary>Who has viewed, printed or exported one child's record, newest first.</summary>
public sealed record RecordAccessLogViewModel(string MsixId, IReadOnlyList<RecordAccessEntryViewModel> Entries, bool Truncated);

public sealed record RecordAccessEntryViewModel(
    string User, string Roles, string? StateCode, DateTime OccurredAtUtc, string Action, string? Detail);
