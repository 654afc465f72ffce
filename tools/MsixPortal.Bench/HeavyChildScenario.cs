using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Features.Submissions.Format;
using MsixPortal.Features.SyntheticData.Incoming;

namespace MsixPortal.Bench;

/// <summary>
/// <c>heavy-child-files</c>: the record benchmark's heavy child (issue 5: 4 States, 60 courses). The
/// generator's heaviest 4-State history has about 50 courses, so each of the child's States resends
/// its record (action U) with the summer credit-recovery courses it would add: one update file a
/// State, written to <c>--out</c> and listed in files.tsv, for scripts/bench/record.sh to submit with
/// <c>MsixPortal submit</c> like any State file. Re-running writes the same files (nothing changes).
/// </summary>
public static class HeavyChildScenario
{
    public static async Task<int> WriteFilesAsync(BenchArguments options)
    {
        var msixId = options.Required("msix-id");
        var perState = options.Number("courses-per-state", 15);
        var output = options.Required("out");
        await using var db = new PortalDbContext(PortalDbContextOptions.For(options.Required("connection")));
        var keys = await db.StateStudentRecords.AsNoTracking()
            .Where(r => r.ConsolidatedStudent!.MsixId == msixId)
            .Select(r => new { r.StateCode, r.StateStudentId })
            .ToListAsync();
        var list = new List<string>();
        foreach (var key in keys.OrderBy(k => k.StateCode, StringComparer.Ordinal))
        {
            var record = (await StoredRecords.ReadAsync(db, key.StateCode, [key.StateStudentId])).Single();
            AddCreditRecovery(record, perState);
            var path = Path.Combine(output, $"heavy-{key.StateCode}.xml");
            await using (var stream = File.Create(path))
            {
                // A fixed time stamp: the same file every run, so a re-run is a replay.
                await XmlSubmissionWriter.WriteAsync(stream, key.StateCode, new DateTime(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc),
                    new DateOnly(2026, 8, 1), [new SubmissionStudent('U', null, record)]);
            }
            list.Add($"{key.StateCode}\t{path}\t{record.Courses.Count}");
        }
        await File.WriteAllLinesAsync(Path.Combine(output, "heavy-files.tsv"), list);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{msixId}: {keys.Count} States, update files in {output}"));
        return 0;
    }

    /// <summary>Repeats the record's earliest courses as summer credit recovery until it has <paramref name="count"/> courses.</summary>
    private static void AddCreditRecovery(StateStudentRecord record, int count)
    {
        var originals = record.Courses.OrderBy(c => c.Sequence).ToList();
        var submittedAt = originals.Count > 0 ? originals.Max(c => c.SubmittedAt) : record.LastSubmittedAt;
        for (var i = 0; record.Courses.Count < count; i++)
        {
            var source = originals.Count > 0 ? originals[i % originals.Count] : null;
            record.Courses.Add(new Course
            {
                Sequence = record.Courses.Count + 1,
                SubmittedAt = submittedAt,
                CourseTitle = source?.CourseTitle ?? "English I",
                SubjectArea = source?.SubjectArea,
                CourseType = source?.CourseType,
                BeginAcademicYear = source?.BeginAcademicYear ?? 2024,
                EndAcademicYear = source?.EndAcademicYear,
                CourseSection = "CR",
                TermType = "0833", // summer term, as the generator codes it
                CreditsGranted = 0.5m,
                FinalGrade = "C",
            });
        }
    }
}
