namespace MsixPortal.Features.SyntheticData.GroundTruth;

/// <summary>
/// One State record of the ground truth: which true child (and family) it belongs to, the MSIX ID it was
/// loaded under, and how its identity differs from the child's true one.
/// </summary>
public sealed record TruthRecord(
    string StateCode,
    string StateStudentId,
    string MsixId,
    long TrueChildId,
    long FamilyId,
    bool IsTwin,
    IReadOnlyList<VariationKind> Variations);

/// <summary>
/// Which State records are the same child: every true child (clean identity, MSIX ID) and every State
/// record loaded for it. Search and linking tests build queries and measure results against it.
/// </summary>
public sealed record SyntheticGroundTruth(IReadOnlyList<TrueChild> Children, IReadOnlyList<TruthRecord> Records)
{
    public IReadOnlyList<TruthRecord> RecordsOf(long trueChildId) => [.. Records.Where(r => r.TrueChildId == trueChildId)];
}

/// <summary>Receives each child as it is loaded (written to CSV files, or kept in memory for tests).</summary>
public interface IGroundTruthSink
{
    /// <summary>Called once per loaded child, after its MSIX ID is set on <see cref="TrueChild.MsixId"/>.</summary>
    ValueTask AddAsync(GeneratedChild child, CancellationToken cancellationToken);

    ValueTask CompleteAsync(CancellationToken cancellationToken);
}
