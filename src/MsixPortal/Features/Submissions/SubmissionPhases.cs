using System.Diagnostics;

namespace MsixPortal.Features.Submissions;

/// <summary>
/// Logs how long each phase of one submission took (one scope = one submission), so that a slow
/// submission shows where its time went. Phase names and durations only: never a value from the file.
/// </summary>
public sealed partial class SubmissionPhases(ILogger<SubmissionPhases> logger)
{
    private readonly Stopwatch _sinceLast = Stopwatch.StartNew();

    /// <summary>Logs the time since the previous mark (or since the scope began) under <paramref name="phase"/>.</summary>
    public void Done(string phase)
    {
        LogPhase(phase, _sinceLast.Elapsed.TotalMilliseconds);
        _sinceLast.Restart();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission phase {Phase}: {ElapsedMs:0} ms")]
    private partial void LogPhase(string phase, double elapsedMs);
}
