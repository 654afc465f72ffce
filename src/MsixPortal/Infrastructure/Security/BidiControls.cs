using System.Buffers;

namespace MsixPortal.Infrastructure.Security;

/// <summary>
/// Unicode bidirectional control characters: embeddings and overrides (U+202A–202E), isolates
/// (U+2066–2069) and the directional marks (U+200E, U+200F, U+061C). None belongs in a name, ID or
/// code of a child's record; in one they make text read differently from what is stored
/// ("ztrewQ" shown as "Qwertz"), so submissions carrying them are refused.
/// </summary>
public static class BidiControls
{
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C");

    /// <summary>The message shown for a refused value (the value itself is never repeated).</summary>
    public const string Problem =
        "contains a bidirectional control character (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F or U+061C) that changes how the text reads; remove it";

    public static bool In(string? text) => text is not null && text.AsSpan().ContainsAny(Controls);
}
