using System.Globalization;
using System.Reflection;
using System.Text;
using System.Xml;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.DataElements;

namespace MsixPortal.Features.Submissions.Format;

/// <summary>One student of a file to write: the action code, an MSIX ID if the State knows it, the State record.</summary>
public sealed record SubmissionStudent(char Action, string? MsixId, StateStudentRecord Record);

/// <summary>
/// Writes State records as a submission file in the documented XML format (docs/submissions/submission.xsd),
/// element by element from the data-element catalogue, streaming: the benchmark and the linking quality
/// test submit generated records through the same reader and validator as a State's file.
/// </summary>
public static class XmlSubmissionWriter
{
    private static readonly Dictionary<DataSection, string> RowElements =
        SubmissionFormat.RowSections.ToDictionary(p => p.Value, p => p.Key);

    public static async Task WriteAsync(Stream output, string state, DateTime timestamp, DateOnly effectiveBegin,
        IReadOnlyList<SubmissionStudent> students)
    {
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = false };
        await using var xml = XmlWriter.Create(output, settings);
        var ns = SubmissionFormat.XmlNamespace;
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "StateSubmission", ns);
        await xml.WriteStartElementAsync(null, "Header", ns);
        await Field(xml, "StateCode", state);
        await Field(xml, "Timestamp", timestamp.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        await Field(xml, "StudentCount", Invariant(students.Count));
        await Field(xml, "RecordCount", Invariant(students.Sum(s => s.Action == 'D' ? 1 : 1 + Apply.ChildRows.All(s.Record).Count())));
        await Field(xml, "EffectiveBeginDate", Date(effectiveBegin));
        await Field(xml, "EffectiveEndDate", Date(effectiveBegin.AddYears(1).AddDays(-1)));
        await xml.WriteEndElementAsync();
        for (var i = 0; i < students.Count; i++)
        {
            await WriteStudentAsync(xml, ns, i + 1, students[i]);
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static async Task WriteStudentAsync(XmlWriter xml, string ns, int number, SubmissionStudent student)
    {
        await xml.WriteStartElementAsync(null, "Student", ns);
        await xml.WriteAttributeStringAsync(null, "RecordNumber", null, Invariant(number));
        await xml.WriteAttributeStringAsync(null, "Action", null, student.Action.ToString());
        foreach (var element in DataElementCatalogue.BySection(DataSection.Demographic))
        {
            var value = element.Key == "MsixId" ? student.MsixId : Text(element, student.Record);
            if (value is not null && (student.Action != 'D' || element.Key is "StateCode" or "StateStudentId" or "StateStudentIdType"))
            {
                await Field(xml, element.Key, value);
            }
        }
        if (student.Action != 'D')
        {
            foreach (var row in Apply.ChildRows.All(student.Record))
            {
                var section = DataElementCatalogue.All.First(e => e.Entity == row.GetType()).Section;
                await xml.WriteStartElementAsync(null, RowElements[section], ns);
                await xml.WriteAttributeStringAsync(null, "Sequence", null, Invariant(row.Sequence));
                foreach (var element in DataElementCatalogue.BySection(section))
                {
                    if (Text(element, row) is { } value)
                    {
                        await Field(xml, element.Key, value);
                    }
                }
                await xml.WriteEndElementAsync();
            }
        }
        await xml.WriteEndElementAsync();
    }

    private static Task Field(XmlWriter xml, string name, string value) =>
        xml.WriteElementStringAsync(null, name, SubmissionFormat.XmlNamespace, value);

    /// <summary>The element's value as the file carries it (DataType), or null when empty.</summary>
    private static string? Text(DataElement element, object entity)
    {
        var property = entity.GetType().GetProperty(element.Property, BindingFlags.Public | BindingFlags.Instance);
        return property?.GetValue(entity) switch
        {
            null => null,
            string s => s.Length == 0 ? null : s,
            DateOnly d => element.Type == DataType.MonthYear ? d.ToString("MMyyyy", CultureInfo.InvariantCulture) : Date(d),
            bool b => b ? "Yes" : "No",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
    }

    private static string Date(DateOnly d) => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
