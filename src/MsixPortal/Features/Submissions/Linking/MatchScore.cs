namespace MsixPortal.Features.Submissions.Linking;

/// <summary>One part of a match score: which evidence, how many points, and why (no names or dates in it).</summary>
public sealed record ScorePart(string Factor, double Points, string Why);

/// <summary>The score of one incoming record against one candidate, with its parts.</summary>
public sealed record MatchScore(double Total, IReadOnlyList<ScorePart> Parts, bool NeverAutomatic)
{
    public static MatchScore Of(List<ScorePart> parts, bool neverAutomatic)
    {
        var total = 0.0;
        foreach (var part in parts)
        {
            total += part.Points;
        }
        return new(Math.Round(total, 2), parts, neverAutomatic);
    }
}
