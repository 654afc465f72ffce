using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.MsixIds;
using MsixPortal.DataElements;
using MsixPortal.Features.Submissions.Format;
using MsixPortal.Infrastructure.Security;

namespace MsixPortal.Features.Submissions.Validation;

/// <summary>
/// Checks one student row against the data-element catalogue and code sets and builds its State
/// record: every element's type, length, code and presence, then the rules across elements
/// (<see cref="StudentRules"/>). A row with any problem is rejected whole, never half applied.
/// </summary>
public sealed class StudentValidator(ElementValueParser parser, string submittingState, DateOnly today)
{
    public const int MaxRowsPerSection = 999;

    // Keyed by reference: DataElement is a record whose value hash covers its long definition text,
    // far too slow to compute for every value of every row.
    private static readonly FrozenDictionary<DataElement, PropertyInfo> Properties = DataElementCatalogue.All
        .Where(e => e.Entity != typeof(Data.Entities.Students.ConsolidatedStudent))
        .ToFrozenDictionary<DataElement, DataElement, PropertyInfo>(e => e, e => e.Entity.GetProperty(e.Property)!, ReferenceEqualityComparer.Instance);

    private static readonly FrozenDictionary<DataSection, IReadOnlyList<DataElement>> SectionElements =
        Enum.GetValues<DataSection>().ToFrozenDictionary(s => s, DataElementCatalogue.BySection);

    private static readonly FrozenSet<string> DeleteFields =
        new[] { "StateCode", "StateStudentId", "StateStudentIdType", "MsixId" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly IReadOnlyList<DataElement> StudentElements = DataElementCatalogue.BySection(DataSection.Demographic);

    public (ValidatedStudent? Student, IReadOnlyList<SubmissionProblem> Problems) Validate(SubmittedStudent submitted)
    {
        var report = new ProblemCollector(submitted.Position, submitted.RecordNumber, submitted["StateStudentId"]);
        var action = ParseAction(submitted.Action, report);
        foreach (var unknown in submitted.UnknownElements)
        {
            report.Add(null, null, null, unknown, "is not an element of the submission format");
        }

        var record = new StateStudentRecord();
        string? msixId = null;
        foreach (var element in StudentElements)
        {
            if (action == StudentAction.Delete && !DeleteFields.Contains(element.Key))
            {
                continue;
            }
            var text = submitted[element.Key];
            if (element.Key == "MsixId")
            {
                msixId = CheckMsixId(text, report);
                continue;
            }
            Assign(element, text, record, report, null, null);
        }
        if (submitted["StateCode"] is { } reporting && !reporting.Equals(submittingState, StringComparison.OrdinalIgnoreCase))
        {
            report.Add(null, null, DataElementCatalogue.ByKey("StateCode"), null, "must be the submitting State: a State submits only as itself");
        }
        record.StateCode = submittingState;
        if (action != StudentAction.Delete)
        {
            AddRows(submitted, record, report);
            StudentRules.Check(record, today, report);
        }
        return report.Problems.Count == 0 && action is { } valid
            ? (new ValidatedStudent(submitted.Position, submitted.RecordNumber, valid, msixId, record), report.Problems)
            : (null, report.Problems);
    }

    private static StudentAction? ParseAction(string? action, ProblemCollector report)
    {
        switch (action?.Trim().ToUpperInvariant())
        {
            case "I": return StudentAction.Insert;
            case "U": return StudentAction.Update;
            case "D": return StudentAction.Delete;
            default:
                report.Add(null, null, null, "Action Code", action is null ? "is required (I, U or D)" : "must be I, U or D");
                return null;
        }
    }

    private static string? CheckMsixId(string? text, ProblemCollector report)
    {
        if (text is not null && !MsixId.IsValid(text))
        {
            report.Add(null, null, DataElementCatalogue.ByNumber(1), null, "is not a valid MSIX ID (12 digits with a check digit)");
        }
        return text;
    }

    private void AddRows(SubmittedStudent submitted, StateStudentRecord record, ProblemCollector report)
    {
        foreach (var group in submitted.Rows.GroupBy(r => r.Section))
        {
            var sequences = new HashSet<int>();
            var elements = SectionElements[group.Key];
            if (group.Count() > MaxRowsPerSection)
            {
                report.Add(group.Key, null, null, "Rows", $"more than {MaxRowsPerSection} rows of this kind");
            }
            foreach (var row in group)
            {
                var entity = (StateRecordRow)Activator.CreateInstance(elements[0].Entity)!;
                if (!int.TryParse(row.Sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
                    || sequence is < 1 or > MaxRowsPerSection)
                {
                    report.Add(group.Key, row.Sequence, null, "Sequence", "must be a whole number from 1 to 999");
                }
                else if (!sequences.Add(sequence))
                {
                    report.Add(group.Key, row.Sequence, null, "Sequence", "is used by another row of this kind");
                }
                entity.Sequence = sequence;
                foreach (var unknown in row.UnknownElements)
                {
                    report.Add(group.Key, row.Sequence, null, unknown, "is not an element of this kind of row");
                }
                foreach (var element in elements)
                {
                    Assign(element, row[element.Key], entity, report, group.Key, row.Sequence);
                }
                RowLists.Add(record, entity);
            }
        }
    }

    private void Assign(DataElement element, string? text, object entity, ProblemCollector report, DataSection? section, string? sequence)
    {
        if (text is null)
        {
            if (element.Required)
            {
                report.Add(section, sequence, element, null, "is required");
            }
            return;
        }
        if (BidiControls.In(text))
        {
            report.Add(section, sequence, element, null, BidiControls.Problem);
            return;
        }
        var (value, problem) = StudentRules.IsFreeInterpretation(element, entity)
            ? (text.Length <= element.MaxLength ? text : null, text.Length <= element.MaxLength ? null : $"is longer than {element.MaxLength} characters")
            : parser.Parse(element, text);
        if (problem is not null)
        {
            report.Add(section, sequence, element, null, problem);
            return;
        }
        Properties[element].SetValue(entity, value);
    }
}
