namespace MsixPortal.Data.CodeSets;

/// <summary>One code set as seeded by migrations (see <see cref="CodeSetSeed"/>).</summary>
/// <param name="Name">One of <see cref="CodeSetNames"/>.</param>
/// <param name="Description">Which MDEs use it and where the list comes from.</param>
/// <param name="Certainty">C confirmed, S secondary source, I inferred, U unverified (as in data-elements.md).</param>
/// <param name="Values">The codes in display order.</param>
internal sealed record CodeSetDefinition(string Name, string Description, char Certainty, IReadOnlyList<CodeSetEntry> Values);

/// <summary>One seeded code; sort order is its position in the list.</summary>
internal sealed record CodeSetEntry(string Code, string Label, string? Extra = null);
