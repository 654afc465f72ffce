using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;

namespace MsixPortal.Features.Search;

/// <summary>Loads what a person needs to decide, for the students on one page of results.</summary>
public sealed class SearchResultDetails(PortalDbContext db)
{
    public async Task<IReadOnlyList<SearchResultViewModel>> LoadAsync(IReadOnlyList<StudentMatch> matches,
        CancellationToken cancellationToken = default)
    {
        var ids = matches.Select(m => m.StudentId).ToArray();
        var students = await db.ConsolidatedStudents.AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .Select(s => new
            {
                s.Id,
                s.MsixId,
                Records = s.StateRecords.OrderBy(r => r.StateCode).Select(r => new
                {
                    r.StateCode, r.FirstName, r.MiddleName, r.LastName1, r.LastName2, r.Suffix, r.BirthDate, r.Sex,
                    r.Parent1FirstName, r.Parent1LastName, r.Parent2FirstName, r.Parent2LastName,
                    Latest = r.Enrollments.OrderByDescending(e => e.EnrollmentDate)
                        .Select(e => new { e.SchoolOrProjectName, e.EnrollmentDate }).FirstOrDefault(),
                }).ToList(),
            })
            .AsSplitQuery()
            .ToDictionaryAsync(s => s.Id, cancellationToken);

        return matches.Where(m => students.ContainsKey(m.StudentId)).Select(m =>
        {
            var student = students[m.StudentId];
            return new SearchResultViewModel
            {
                MsixId = student.MsixId,
                Reasons = MatchReasons.Describe(m.Levels),
                Records = student.Records.Select(r => new StateRecordSummary(
                    r.StateCode,
                    Join(r.FirstName, r.MiddleName, r.LastName1, r.LastName2, r.Suffix),
                    r.BirthDate,
                    r.Sex,
                    new[] { Join(r.Parent1FirstName, r.Parent1LastName), Join(r.Parent2FirstName, r.Parent2LastName) }
                        .Where(p => p.Length > 0).ToList(),
                    r.Latest?.SchoolOrProjectName,
                    r.Latest?.EnrollmentDate)).ToList(),
            };
        }).ToList();
    }

    private static string Join(params string?[] parts) =>
        string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
