using System.Text.Json;
using Microsoft.Extensions.Options;
using MsixPortal.Data.Entities.Linking;
using MsixPortal.Features.Submissions.Linking;

namespace MsixPortal.Features.NearMatches;

/// <summary>
/// The explanation of a near match's score: the parts linking stored on the item when it proposed it
/// (every item is written with them), read back rather than recomputed, so that the page shows what
/// the decision to propose was based on even after the thresholds or the comparer change.
/// </summary>
public sealed class NearMatchScores(IOptions<LinkingSettings> settings)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public ScoreExplanation Explain(NearMatchItem item) =>
        new(item.Score, JsonSerializer.Deserialize<List<ScorePart>>(item.Explanation, JsonOptions) ?? [],
            settings.Value.AutoLinkThreshold, settings.Value.ReviewThreshold);
}
