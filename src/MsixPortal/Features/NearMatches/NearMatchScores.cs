using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Linking;
using MsixPortal.Features.Submissions.Linking;

namespace MsixPortal.Features.NearMatches;

/// <summary>
/// The explanation of a near match's score: the parts linking stored on the item when it was made,
/// or, for an item stored without them, the same comparer run again on the records as they are now.
/// </summary>
public sealed class NearMatchScores(PortalDbContext db, IOptions<LinkingSettings> settings)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public async Task<ScoreExplanation> ExplainAsync(NearMatchItem item, CancellationToken cancellationToken)
    {
        var stored = JsonSerializer.Deserialize<List<ScorePart>>(item.Explanation, JsonOptions) ?? [];
        var (total, parts) = stored.Count > 0 ? (item.Score, stored) : await RecomputeAsync(item, cancellationToken);
        return new ScoreExplanation(total, parts, settings.Value.AutoLinkThreshold, settings.Value.ReviewThreshold);
    }

    private async Task<(decimal Total, IReadOnlyList<ScorePart> Parts)> RecomputeAsync(NearMatchItem item, CancellationToken cancellationToken)
    {
        var records = await db.StateStudentRecords.AsNoTracking()
            .Where(r => r.Id == item.StateStudentRecordId
                || (r.ConsolidatedStudentId == item.CandidateConsolidatedStudentId && r.Id != item.StateStudentRecordId))
            .ToListAsync(cancellationToken);
        var incoming = records.FirstOrDefault(r => r.Id == item.StateStudentRecordId);
        var best = incoming is null ? null : records.Where(r => r != incoming)
            .Select(r => RecordComparer.Compare(MatchProfile.Of(incoming), MatchProfile.Of(r)))
            .MaxBy(s => s.Total);
        return best is null ? (item.Score, []) : ((decimal)best.Total, best.Parts);
    }
}
