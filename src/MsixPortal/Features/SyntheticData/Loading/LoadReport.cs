namespace MsixPortal.Features.SyntheticData.Loading;

/// <summary>How far a load has come (reported after each batch).</summary>
public sealed record LoadProgress(int Students, int ExpectedStudents, long Rows, TimeSpan Elapsed);

/// <summary>What a finished load wrote: rows per table, time, database size and which load path it took.</summary>
public sealed record LoadSummary(
    int Students,
    IReadOnlyDictionary<string, long> RowsPerTable,
    TimeSpan Elapsed,
    long DatabaseBytes,
    string LoadPath);

/// <summary>What to generate and load, and in which batches.</summary>
public sealed record SyntheticLoadOptions(int Students, int Seed)
{
    /// <summary>Children per batch: bounds memory (two batches are in flight) and sets the COPY size.</summary>
    public int BatchSize { get; init; } = 10_000;

    public DateOnly AsOf { get; init; } = GeneratorSettings.DefaultAsOf;
}
