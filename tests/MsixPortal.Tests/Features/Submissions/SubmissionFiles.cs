using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using MsixPortal.Features.Submissions.Format;

namespace MsixPortal.Tests.Features.Submissions;

/// <summary>Writes test submissions in the documented XML and JSON formats.</summary>
internal static class SubmissionFiles
{
    private static readonly XNamespace Ns = SubmissionFormat.XmlNamespace;

    public static Dictionary<string, string?> Header(string state, IReadOnlyCollection<TestStudent> students) => new()
    {
        ["StateCode"] = state,
        ["Timestamp"] = "2026-10-30T12:00:00Z",
        ["StudentCount"] = TestStudent.Number(students.Count),
        ["RecordCount"] = TestStudent.Number(students.Sum(s => s.RecordCount)),
        ["EffectiveBeginDate"] = "20260801",
        ["EffectiveEndDate"] = "20270731",
    };

    public static string Xml(string state, IReadOnlyCollection<TestStudent> students, Action<Dictionary<string, string?>>? editHeader = null)
    {
        var header = Header(state, students);
        editHeader?.Invoke(header);
        var root = new XElement(Ns + "StateSubmission",
            new XElement(Ns + "Header", Elements(header)),
            students.Select((s, i) => new XElement(Ns + "Student",
                new XAttribute("RecordNumber", i + 1),
                s.Action is null ? null : new XAttribute("Action", s.Action),
                Elements(s.Fields),
                s.Rows.Select(r => new XElement(Ns + r.Element, new XAttribute("Sequence", r.Sequence), Elements(r.Fields))))));
        return new XDeclaration("1.0", "UTF-8", null) + Environment.NewLine + root;
    }

    public static byte[] XmlBytes(string state, IReadOnlyCollection<TestStudent> students, Action<Dictionary<string, string?>>? editHeader = null) =>
        Encoding.UTF8.GetBytes(Xml(state, students, editHeader));

    public static byte[] JsonBytes(string state, IReadOnlyCollection<TestStudent> students)
    {
        var header = new JsonObject();
        foreach (var (key, value) in Header(state, students))
        {
            header[Camel(key)] = value;
        }
        var list = new JsonArray();
        foreach (var (student, index) in students.Select((s, i) => (s, i)))
        {
            var item = new JsonObject { ["recordNumber"] = TestStudent.Number(index + 1), ["action"] = student.Action };
            foreach (var (key, value) in student.Fields.Where(f => f.Value is not null))
            {
                item[Camel(key)] = value;
            }
            foreach (var group in student.Rows.GroupBy(r => r.Element))
            {
                var rows = new JsonArray();
                foreach (var row in group)
                {
                    var node = new JsonObject { ["sequence"] = int.Parse(row.Sequence, System.Globalization.CultureInfo.InvariantCulture) };
                    foreach (var (key, value) in row.Fields.Where(f => f.Value is not null))
                    {
                        node[Camel(key)] = value;
                    }
                    rows.Add(node);
                }
                item[SubmissionFormat.JsonRowArrays.Single(a => a.Value == SubmissionFormat.RowSections[group.Key]).Key] = rows;
            }
            list.Add(item);
        }
        return JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["header"] = header, ["students"] = list });
    }

    private static IEnumerable<XElement> Elements(Dictionary<string, string?> fields) =>
        fields.Where(f => f.Value is not null).Select(f => new XElement(Ns + f.Key, f.Value));

    private static string Camel(string key) => string.Concat(char.ToLowerInvariant(key[0]).ToString(), key.AsSpan(1));
}
