using System.Globalization;
using MsixPortal.Data.Entities.Submissions;

namespace MsixPortal.Features.Submissions.Pages;

/// <summary>
/// What a submission or dry run did, in words that agree with its counts: a status "Applied" beside
/// "Inserted 0, Rejected 2" (or "Would be applied" for a dry run where every student is invalid)
/// told a data administrator the opposite of what happened.
/// </summary>
public sealed record SubmissionOutcome(string Status, string Summary)
{
    public static SubmissionOutcome Of(SubmissionResult r)
    {
        var would = r.DryRun;
        var rejected = would ? "Would be rejected" : "Rejected (nothing applied)";
        if (r.FileProblem is not null)
        {
            return new(rejected, "The file could not be read, so no student in it was checked or applied. Fix the problem shown and upload it again.");
        }
        if (r.Status == SubmissionStatus.Rejected)
        {
            return new(rejected, "The file was rejected as a whole because of the file-level errors below (marked \"File\"), so no student " +
                (would ? "would be" : "was") + " applied.");
        }
        var valid = r.StudentCount - r.Rejected;
        if (r.StudentCount == 0)
        {
            return new(would ? "Would change nothing" : "Applied (nothing to change)", "The file holds no students, so nothing " + (would ? "would change." : "changed."));
        }
        if (valid <= 0)
        {
            return new(rejected,
                (r.StudentCount == 1 ? "The one student in the file is" : $"All {N(r.StudentCount)} students in the file are") + " invalid, so nothing " +
                (would ? "would be applied" : "was applied") + ". The errors below say what to fix.");
        }
        var applied = would
            ? $"{Students(valid, "valid student")} would be applied ({Changes(r)})"
            : $"{Students(valid, "valid student")} {(valid == 1 ? "was" : "were")} applied ({Changes(r)})";
        if (r.Rejected == 0)
        {
            return new(would ? "Would be applied" : "Applied", applied + ".");
        }
        return new(would ? "Would be applied in part" : "Applied in part",
            $"{applied}; {Students(r.Rejected, "invalid student")} {(would ? "would be" : (r.Rejected == 1 ? "was" : "were"))} rejected. " +
            "The errors below say what to fix; send the corrected students again.");
    }

    private static string Changes(SubmissionResult r) =>
        r.Inserted + r.Updated + r.Deleted == 0
            ? "no record changes"
            : string.Join(", ", new[] { (r.Inserted, "inserted"), (r.Updated, "updated"), (r.Deleted, "deleted") }
                .Where(c => c.Item1 > 0).Select(c => $"{N(c.Item1)} {c.Item2}"));

    private static string Students(int count, string noun) => $"{N(count)} {noun}{(count == 1 ? "" : "s")}";

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
