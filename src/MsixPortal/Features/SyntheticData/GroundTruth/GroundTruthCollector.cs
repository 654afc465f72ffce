namespace MsixPortal.Features.SyntheticData.GroundTruth;

/// <summary>Keeps the ground truth in memory (for tests and small loads; a million children need the CSV files).</summary>
public sealed class GroundTruthCollector : IGroundTruthSink
{
    private readonly List<TrueChild> _children = [];
    private readonly List<TruthRecord> _records = [];

    public ValueTask AddAsync(GeneratedChild child, CancellationToken cancellationToken)
    {
        _children.Add(child.Truth);
        _records.AddRange(TruthRecords.Of(child));
        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public SyntheticGroundTruth ToGroundTruth() => new(_children.ToArray(), _records.ToArray());
}

internal static class TruthRecords
{
    public static IEnumerable<TruthRecord> Of(GeneratedChild child) => child.Records.Select(r => new TruthRecord(
        r.Record.StateCode, r.Record.StateStudentId, child.Truth.MsixId!, child.Truth.ChildNumber,
        child.Truth.FamilyNumber, child.Truth.IsTwin, r.Variations));
}
