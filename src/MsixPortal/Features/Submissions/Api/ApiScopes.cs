namespace MsixPortal.Features.Submissions.Api;

/// <summary>The OAuth 2.0 scopes of the submissions API (RFC 6749 §3.3: space-separated, case-sensitive).</summary>
public static class ApiScopes
{
    public const string Write = "submissions:write";
    public const string Read = "submissions:read";

    /// <summary>The claim that carries one granted scope per claim.</summary>
    public const string Claim = "scope";

    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>
    {
        [Write] = "Submit the State's files (and dry runs).",
        [Read] = "Read the State's submissions: status, counts and errors.",
    };

    /// <summary>
    /// The scopes asked for, or every scope when none is named (a client may use the whole API);
    /// null when an unknown scope is asked for (error invalid_scope).
    /// </summary>
    public static IReadOnlyList<string>? Grant(string? requested)
    {
        var asked = (requested ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (asked.Length == 0)
        {
            return [Write, Read];
        }
        return asked.All(Descriptions.ContainsKey) ? [.. asked.Distinct(StringComparer.Ordinal)] : null;
    }
}
