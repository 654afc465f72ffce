namespace MsixPortal.Infrastructure.Security;

/// <summary>
/// Neutralises text that came from a request before it goes into a log property: control
/// characters (CR, LF, tabs, escapes) become '_', so nobody can forge log lines (security.md 29).
/// </summary>
public static class LogText
{
    public static string? Clean(string? text) =>
        text is null || !text.Any(char.IsControl)
            ? text
            : string.Create(text.Length, text, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = char.IsControl(source[i]) ? '_' : source[i];
                }
            });
}
