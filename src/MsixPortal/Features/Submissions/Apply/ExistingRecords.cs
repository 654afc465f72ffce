using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Students;
using MsixPortal.DataElements;
using MsixPortal.Features.Submissions.Validation;

namespace MsixPortal.Features.Submissions.Apply;

/// <summary>
/// What the database already holds for a file's students, and the action-code rule: I only for a
/// student the State has not sent before, U and D only for one it has; a State student ID at most
/// once per file; an MSIX ID given by the State must exist.
/// </summary>
public sealed class ExistingRecords
{
    public Dictionary<string, (long RecordId, long ConsolidatedStudentId)> ByStateStudentId { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> ConsolidatedByMsixId { get; } = new(StringComparer.Ordinal);

    public static async Task<(ExistingRecords Existing, List<ValidatedStudent> Consistent)> CheckAsync(PortalDbContext db,
        string stateCode, IReadOnlyList<ValidatedStudent> students, List<SubmissionProblem> problems, CancellationToken cancellationToken)
    {
        var existing = new ExistingRecords();
        foreach (var chunk in students.Select(s => s.Record.StateStudentId).Distinct().Chunk(5000))
        {
            var rows = await db.StateStudentRecords.AsNoTracking()
                .Where(r => r.StateCode == stateCode && chunk.Contains(r.StateStudentId))
                .Select(r => new { r.StateStudentId, r.Id, r.ConsolidatedStudentId }).ToListAsync(cancellationToken);
            rows.ForEach(r => existing.ByStateStudentId[r.StateStudentId] = (r.Id, r.ConsolidatedStudentId));
        }
        var msixIds = students.Where(s => s.MsixId is not null).Select(s => s.MsixId!).Distinct().ToArray();
        var known = await db.Set<ConsolidatedStudent>().AsNoTracking().Where(c => msixIds.Contains(c.MsixId))
            .Select(c => new { c.MsixId, c.Id }).ToListAsync(cancellationToken);
        known.ForEach(c => existing.ConsolidatedByMsixId[c.MsixId] = c.Id);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var consistent = new List<ValidatedStudent>(students.Count);
        foreach (var student in students)
        {
            var problem = existing.Problem(student, seen);
            if (problem is null)
            {
                consistent.Add(student);
                continue;
            }
            var element = problem.Value.Element;
            problems.Add(new SubmissionProblem(student.Position, student.RecordNumber, student.Record.StateStudentId, DataSection.Demographic,
                null, element?.Number, element?.Label ?? "Action Code", problem.Value.Text));
        }
        return (existing, consistent);
    }

    private (DataElement? Element, string Text)? Problem(ValidatedStudent student, HashSet<string> seen)
    {
        var id = student.Record.StateStudentId;
        if (!seen.Add(id))
        {
            return (DataElementCatalogue.ByNumber(2), "appears in an earlier student row of this file");
        }
        var exists = ByStateStudentId.ContainsKey(id);
        if (student.Action == StudentAction.Insert && exists)
        {
            return (null, "is I (insert) but the State already sent this student: use U (update)");
        }
        if (student.Action != StudentAction.Insert && !exists)
        {
            return (null, "is U or D but the State has no student with this State Student Identifier: use I (insert)");
        }
        if (student.MsixId is { } msix && !ConsolidatedByMsixId.ContainsKey(msix))
        {
            return (DataElementCatalogue.ByNumber(1), "is not an MSIX ID the exchange has issued");
        }
        return null;
    }
}
