using System.Globalization;
using MsixPortal.Features.SyntheticData.GroundTruth;
using MsixPortal.Features.SyntheticData.Loading;

namespace MsixPortal.Operations;

/// <summary>Prints a load's progress (every 5 % or 15 seconds) and its summary, culture-invariant.</summary>
internal sealed class ProgressPrinter(int expected)
{
    private int _lastPercent = -5;
    private TimeSpan _lastTime = TimeSpan.Zero;

    public void Report(LoadProgress progress)
    {
        var percent = (int)(100L * progress.Students / Math.Max(1, expected));
        if (percent - _lastPercent < 5 && progress.Elapsed - _lastTime < TimeSpan.FromSeconds(15) && progress.Students < expected)
        {
            return;
        }
        (_lastPercent, _lastTime) = (percent, progress.Elapsed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{progress.Elapsed.TotalSeconds,7:F1} s  {progress.Students,10:N0} / {expected:N0} students ({percent,3}%)  {progress.Rows,12:N0} rows"));
    }

    public static void Summary(LoadSummary summary, string truthFile) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Generated and loaded {summary.Students:N0} students in {summary.Elapsed.TotalSeconds:F1} s ({summary.LoadPath}).
            {string.Join(Environment.NewLine, summary.RowsPerTable.Select(t => $"  {t.Key,-24}{t.Value,14:N0}"))}
              {"total",-24}{summary.RowsPerTable.Values.Sum(),14:N0}
            Database size: {summary.DatabaseBytes / 1024.0 / 1024 / 1024:F2} GiB ({summary.DatabaseBytes} bytes)
            Ground truth: {truthFile} and {GroundTruthFiles.ChildrenPathFor(truthFile)}
            """));
}
