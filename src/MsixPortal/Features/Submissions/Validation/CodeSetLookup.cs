using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;

namespace MsixPortal.Features.Submissions.Validation;

/// <summary>The allowed codes of every code set, read once per submission from <c>code_set_values</c>.</summary>
public sealed class CodeSetLookup
{
    /// <summary>Where the full code lists can be downloaded (the help centre's resources, linked from the upload page).</summary>
    public const string CodeListsPath = "/help/resources/code-lists.csv";

    // A message lists the codes of a short set with their meanings, of a longer one the codes alone; a set
    // longer than that (countries) is better read in the code lists than in one line of an error report.
    private const int MaxCodesWithLabels = 8;
    private const int MaxCodesListed = 30;

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _sets;
    private readonly FrozenDictionary<string, string> _validCodes;

    private CodeSetLookup(FrozenDictionary<string, FrozenDictionary<string, string>> sets, FrozenDictionary<string, string> validCodes)
    {
        _sets = sets;
        _validCodes = validCodes;
    }

    public static async Task<CodeSetLookup> LoadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var values = await db.CodeSetValues.AsNoTracking()
            .OrderBy(v => v.CodeSet).ThenBy(v => v.SortOrder).ThenBy(v => v.Code)
            .Select(v => new { v.CodeSet, v.Code, v.Label })
            .ToListAsync(cancellationToken);
        var bySet = values.GroupBy(v => v.CodeSet, StringComparer.Ordinal).ToList();
        return new CodeSetLookup(
            bySet.ToFrozenDictionary(
                g => g.Key,
                g => g.ToFrozenDictionary(v => v.Code, v => v.Code, StringComparer.OrdinalIgnoreCase),
                StringComparer.Ordinal),
            bySet.ToFrozenDictionary(
                g => g.Key,
                g => ValidCodes(g.Select(v => (v.Code, v.Label)).ToList()),
                StringComparer.Ordinal));
    }

    /// <summary>The code as the code set spells it ("yes" → "Yes"), or null if the set does not have it.</summary>
    public string? Canonical(string codeSet, string value) =>
        _sets.TryGetValue(codeSet, out var codes) && codes.TryGetValue(value, out var code) ? code : null;

    /// <summary>What a person fixing the file needs: the valid codes, or where to find them when there are many.</summary>
    public string ValidCodes(string codeSet) =>
        _validCodes.TryGetValue(codeSet, out var text) ? text : $"see the code lists ({CodeListsPath})";

    private static string ValidCodes(List<(string Code, string Label)> codes) => codes.Count switch
    {
        <= MaxCodesWithLabels => "valid codes: " + string.Join(", ", codes.Select(c => c.Code == c.Label ? c.Code : $"{c.Code} ({c.Label})")),
        <= MaxCodesListed => "valid codes: " + string.Join(", ", codes.Select(c => c.Code)) + $" (meanings in the code lists, {CodeListsPath})",
        _ => $"{codes.Count} valid codes, listed in the code lists ({CodeListsPath})",
    };
}
