using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace MsixPortal.TestSupport;

/// <summary>
/// A Serilog sink that keeps every event the app under test writes. PortalAppFactory registers
/// one per factory (the app picks up ILogEventSink services), so tests can assert what reached
/// the logs, e.g. that no PII canary did.
/// </summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Every event as the JSON a log store would receive: message, properties, exception.</summary>
    public string AllText()
    {
        var formatter = new CompactJsonFormatter();
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var logEvent in _events)
        {
            formatter.Format(logEvent, writer);
            writer.Write(logEvent.RenderMessage(CultureInfo.InvariantCulture));
            writer.WriteLine();
        }
        return writer.ToString();
    }

    public IEnumerable<LogEvent> RequestEvents() =>
        _events.Where(e => e.Properties.ContainsKey("RequestPath") && e.Properties.ContainsKey("StatusCode"));
}
