using System.Text;

namespace MsixPortal.Features.SyntheticData.GroundTruth;

/// <summary>RFC 4180 fields: quoted only when they hold a comma, a quote or a line break.</summary>
internal static class Csv
{
    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field));

    public static string Field(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>Splits one line (fields never span lines in the ground-truth files); empty fields read as null.</summary>
    public static string?[] Split(string line)
    {
        var fields = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.Length == 0 ? null : field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.Length == 0 ? null : field.ToString());
        return [.. fields];
    }
}
