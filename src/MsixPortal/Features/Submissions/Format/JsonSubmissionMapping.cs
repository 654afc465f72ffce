using System.Text.Json;

namespace MsixPortal.Features.Submissions.Format;

/// <summary>Turns one JSON header or student object into the same raw shape the XML reader makes.</summary>
internal static class JsonSubmissionMapping
{
    public static SubmittedHeader ToHeader(JsonElement header)
    {
        string? Get(string name) => header.TryGetProperty(name, out var value) ? Text(value) : null;
        return new SubmittedHeader(Get("stateCode"), Get("timestamp"), Get("studentCount"), Get("recordCount"),
            Get("effectiveBeginDate"), Get("effectiveEndDate"));
    }

    public static SubmittedStudent ToStudent(JsonElement source, int position)
    {
        var student = new SubmittedStudent
        {
            Position = position,
            RecordNumber = source.TryGetProperty("recordNumber", out var number) ? Text(number) : null,
            Action = source.TryGetProperty("action", out var action) ? Text(action) : null,
        };
        foreach (var property in source.EnumerateObject())
        {
            if (property.NameEquals("recordNumber") || property.NameEquals("action"))
            {
                continue;
            }
            // null counts as absent here too (generated clients write every property of their model).
            if (SubmissionFormat.JsonRowArrays.TryGetValue(property.Name, out var section)
                && property.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Null)
            {
                if (property.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        student.Rows.Add(ToRow(section, item));
                    }
                }
                continue;
            }
            var key = SubmissionFormat.FromJsonName(property.Name);
            Add(student.Fields, student.UnknownElements, key, property.Value, SubmissionFormat.StudentFields.Contains(key));
        }
        return student;
    }

    private static SubmittedRow ToRow(DataElements.DataSection section, JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new SubmissionFileException("Every child row must be a JSON object.");
        }
        var row = new SubmittedRow(section, item.TryGetProperty("sequence", out var sequence) ? Text(sequence) : null);
        foreach (var property in item.EnumerateObject())
        {
            if (property.NameEquals("sequence"))
            {
                continue;
            }
            var key = SubmissionFormat.FromJsonName(property.Name);
            Add(row.Fields, row.UnknownElements, key, property.Value, SubmissionFormat.IsRowField(section, key));
        }
        return row;
    }

    private static void Add(Dictionary<string, string> fields, List<string> unknown, string key, JsonElement value, bool known)
    {
        if (!known || value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            unknown.Add(key);
            return;
        }
        if (Text(value) is { } text)
        {
            fields[key] = text.Trim();
        }
    }

    /// <summary>Strings as they are; numbers as written (so "007" and 7 stay distinguishable); null as absent.</summary>
    private static string? Text(JsonElement value)
    {
        try
        {
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.True => "Yes",
                JsonValueKind.False => "No",
                _ => null,
            };
        }
        catch (InvalidOperationException e)
        {
            throw new SubmissionFileException("The file is not valid UTF-8. Save it as UTF-8 and submit it again.", e);
        }
    }
}
