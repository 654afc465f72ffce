using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Submissions;
using MsixPortal.DataElements;
using MsixPortal.Features.Submissions.Validation;

namespace MsixPortal.Features.Submissions;

/// <summary>Stores and reloads the problems of a submission.</summary>
public static class SubmissionErrors
{
    public static SubmissionError ToEntity(long submissionId, SubmissionProblem p) => new()
    {
        SubmissionId = submissionId,
        Position = p.Position,
        RecordNumber = p.RecordNumber,
        StateStudentId = p.StateStudentId,
        Section = p.Section?.ToString(),
        Sequence = p.Sequence,
        ElementNumber = p.ElementNumber,
        ElementName = p.ElementName,
        Problem = p.Problem,
    };

    public static Task<IReadOnlyList<SubmissionProblem>> LoadAsync(PortalDbContext db, long submissionId, CancellationToken cancellationToken) =>
        LoadAsync(db, submissionId, int.MaxValue, cancellationToken);

    /// <summary>The first <paramref name="limit"/> problems, in file order (a page shows a few, the report all).</summary>
    public static Task<IReadOnlyList<SubmissionProblem>> LoadAsync(PortalDbContext db, long submissionId, int limit,
        CancellationToken cancellationToken) =>
        LoadAsync(db, submissionId, skip: 0, limit, cancellationToken);

    /// <summary>Problems <paramref name="skip"/>+1 to <paramref name="skip"/>+<paramref name="take"/>, in file order (the API's pages).</summary>
    public static async Task<IReadOnlyList<SubmissionProblem>> LoadAsync(PortalDbContext db, long submissionId, int skip, int take,
        CancellationToken cancellationToken)
    {
        var rows = await db.SubmissionErrors.AsNoTracking().Where(e => e.SubmissionId == submissionId)
            .OrderBy(e => e.Position).ThenBy(e => e.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return rows.Select(e => new SubmissionProblem(e.Position, e.RecordNumber, e.StateStudentId,
            Enum.TryParse<DataSection>(e.Section, out var section) ? section : null,
            e.Sequence, e.ElementNumber, e.ElementName, e.Problem)).ToList();
    }
}
