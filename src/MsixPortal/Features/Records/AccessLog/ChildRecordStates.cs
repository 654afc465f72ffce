namespace MsixPortal.Features.Records.AccessLog;

/// <summary>The resource of the access-log check: the States that submitted a record of the child.</summary>
public sealed record ChildRecordStates(IReadOnlySet<string> StateCodes);
