namespace MsixPortal.Features.Audit;

/// <summary>
/// An action code in words for the audit page and its exports ("record.merge-flagged" → "Record: merge
/// flagged"). Derived from the code itself, so a new action is readable without another list to keep.
/// </summary>
public static class AuditActionNames
{
    private static readonly Dictionary<string, string> Acronyms = new(StringComparer.Ordinal)
    {
        ["api"] = "API", ["pii"] = "PII", ["totp"] = "TOTP", ["mfa"] = "MFA", ["id"] = "ID", ["ids"] = "IDs",
    };

    public static string Describe(string code)
    {
        var dot = code.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return Sentence(Words(code));
        }
        return $"{Sentence(Words(code[..dot]))}: {Words(code[(dot + 1)..])}";
    }

    private static string Words(string part) =>
        string.Join(' ', part.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => Acronyms.GetValueOrDefault(w, w)));

    private static string Sentence(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
}
