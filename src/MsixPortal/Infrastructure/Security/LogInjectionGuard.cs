using Serilog.Core;
using Serilog.Events;

namespace MsixPortal.Infrastructure.Security;

/// <summary>
/// Neutralises control characters (CR, LF, ...) in every string property of every log event, so a
/// request path, user name or header value can never forge a line in a plain-text log
/// (security.md 29). Serilog picks it up as an <see cref="ILogEventEnricher"/> service.
/// </summary>
public sealed class LogInjectionGuard : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && text.Any(char.IsControl))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(LogText.Clean(text))));
            }
        }
    }
}
