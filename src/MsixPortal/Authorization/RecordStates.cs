namespace MsixPortal.Authorization;

/// <summary>
/// The States that submitted the State records a merge or split concerns, and who flagged it (for
/// the two-person rule; null while flagging). The resource of <see cref="Policies.FlagRecords"/>
/// and <see cref="Policies.DecideMergeSplit"/>, and (the States of one child's records) of
/// <see cref="Policies.ViewRecordAccessLog"/>.
/// </summary>
public sealed record RecordStates(IReadOnlySet<string> StateCodes, Guid? FlaggedByUserId = null);
