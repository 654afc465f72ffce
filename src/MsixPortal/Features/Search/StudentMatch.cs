namespace MsixPortal.Features.Search;

/// <summary>How well the best State record of one consolidated student matched each criterion.</summary>
public sealed record MatchLevels(
    int LastName, int FirstName, int BirthDate, int Parent, int Id, int MiddleName, int Sex, int State, int Extra);

/// <summary>One consolidated student found by a search, with its score and why it matched.</summary>
public sealed record StudentMatch(long StudentId, double Score, MatchLevels Levels);

/// <summary>One page of matches and how many there are in all.</summary>
public sealed record MatchPage(IReadOnlyList<StudentMatch> Matches, int Total, bool Relaxed);
