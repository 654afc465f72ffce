using System.Text;

namespace MsixPortal.Tests.Authorization;

/// <summary>One row of authorization-matrix.csv: an endpoint and the outcome expected for each caller.</summary>
public sealed record MatrixRow(string Method, string Route, string? Sample, IReadOnlyDictionary<string, string> Expected)
{
    /// <summary>The URL to call: the row's sample, or the route with each parameter filled in.</summary>
    public string Url => string.IsNullOrEmpty(Sample) ? RouteSamples.Fill(Route) : Sample;

    public bool IsStateChanging => Method is "POST" or "PUT" or "PATCH" or "DELETE";

    public override string ToString() => $"{Method} {Route}";
}

/// <summary>Reads authorization-matrix.csv (comment lines start with '#'; fields may be "quoted").</summary>
public static class AuthorizationMatrix
{
    public const string Anonymous = "Anonymous";
    public const string FileName = "authorization-matrix.csv";

    /// <summary>Callers in column order after method, route and sample.</summary>
    public static IReadOnlyList<string> Callers { get; } =
        [Anonymous, .. MsixPortal.Authorization.PortalRoles.All];

    private static readonly Lazy<IReadOnlyList<MatrixRow>> Loaded = new(Load);

    public static IReadOnlyList<MatrixRow> Rows => Loaded.Value;

    public static string Key(string method, string route) => $"{method} {route}";

    private static List<MatrixRow> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Authorization", FileName);
        var lines = File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
        var header = Split(lines[0]);
        string[] expectedHeader = ["method", "route", "sample", .. Callers];
        if (!header.SequenceEqual(expectedHeader, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"{FileName}: the header must be: {string.Join(',', expectedHeader)}");
        }
        return lines.Skip(1).Select(Split).Select(fields => fields.Count == header.Count
            ? new MatrixRow(fields[0], fields[1], fields[2],
                Callers.Select((caller, i) => (caller, outcome: fields[3 + i])).ToDictionary(p => p.caller, p => p.outcome))
            : throw new InvalidOperationException($"{FileName}: wrong number of fields in: {string.Join(',', fields)}"))
            .ToList();
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        fields.Add(current.ToString().Trim());
        return fields;
    }
}
