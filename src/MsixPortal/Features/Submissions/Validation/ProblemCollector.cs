using MsixPortal.DataElements;

namespace MsixPortal.Features.Submissions.Validation;

/// <summary>Collects the problems of one student row, each stamped with where the row is.</summary>
public sealed class ProblemCollector(int position, string? recordNumber, string? stateStudentId)
{
    public List<SubmissionProblem> Problems { get; } = [];

    public void Add(DataSection? section, string? sequence, DataElement? element, string? elementName, string problem) =>
        Problems.Add(new SubmissionProblem(position, recordNumber, Truncate(stateStudentId), section ?? element?.Section,
            Truncate(sequence), element?.Number, element?.Label ?? Truncate(elementName) ?? "", problem));

    // The row's identifiers are echoed in the State's own error report; cap them so a hostile value cannot bloat it.
    private static string? Truncate(string? value) => value is { Length: > 30 } ? value[..30] : value;
}
