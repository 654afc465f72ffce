using System.Text.RegularExpressions;

namespace MsixPortal.Tests.Authorization;

/// <summary>Turns a route template into a URL to call: a fresh GUID for {x:guid}, 1 for numbers, "sample" otherwise.</summary>
public static partial class RouteSamples
{
    public static string Fill(string route) =>
        Parameter().Replace(route, match =>
        {
            var constraints = match.Groups["constraints"].Value;
            if (match.Groups["optional"].Success || match.Value.EndsWith("?}", StringComparison.Ordinal))
            {
                return "";
            }
            if (constraints.Contains("guid", StringComparison.Ordinal))
            {
                return Guid.NewGuid().ToString();
            }
            return constraints.Contains("int", StringComparison.Ordinal) || constraints.Contains("long", StringComparison.Ordinal)
                ? "1"
                : "sample";
        }).Replace("//", "/", StringComparison.Ordinal);

    [GeneratedRegex(@"\{\*{0,2}(?<name>\w+)(?<constraints>(:[^}]+)*)(?<optional>\?)?\}")]
    private static partial Regex Parameter();
}
