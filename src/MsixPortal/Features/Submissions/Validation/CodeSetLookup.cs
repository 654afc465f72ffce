using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;

namespace MsixPortal.Features.Submissions.Validation;

/// <summary>The allowed codes of every code set, read once per submission from <c>code_set_values</c>.</summary>
public sealed class CodeSetLookup
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _sets;

    private CodeSetLookup(FrozenDictionary<string, FrozenDictionary<string, string>> sets) => _sets = sets;

    public static async Task<CodeSetLookup> LoadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var values = await db.CodeSetValues.AsNoTracking()
            .Select(v => new { v.CodeSet, v.Code })
            .ToListAsync(cancellationToken);
        return new CodeSetLookup(values
            .GroupBy(v => v.CodeSet, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.ToFrozenDictionary(v => v.Code, v => v.Code, StringComparer.OrdinalIgnoreCase),
                StringComparer.Ordinal));
    }

    /// <summary>The code as the code set spells it ("yes" → "Yes"), or null if the set does not have it.</summary>
    public string? Canonical(string codeSet, string value) =>
        _sets.TryGetValue(codeSet, out var codes) && codes.TryGetValue(value, out var code) ? code : null;
}
