using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;

namespace MsixPortal.Data.CodeSets;

/// <summary>
/// The labels of every code set, read from <c>code_set_values</c> and kept in memory for a few
/// minutes (the lists change only through migrations), so pages can show "Texas" for "TX" without
/// a query per value. Register as a singleton.
/// </summary>
public sealed class CodeSetLabels(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _snapshot;

    public async ValueTask<CodeLabelLookup> GetAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && clock.GetUtcNow() < snapshot.ExpiresAt)
        {
            return snapshot.Lookup;
        }
        await _loading.WaitAsync(cancellationToken);
        try
        {
            snapshot = _snapshot;
            if (snapshot is null || clock.GetUtcNow() >= snapshot.ExpiresAt)
            {
                snapshot = new Snapshot(await LoadAsync(cancellationToken), clock.GetUtcNow() + Lifetime);
                _snapshot = snapshot;
            }
            return snapshot.Lookup;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    private async Task<CodeLabelLookup> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var values = await db.CodeSetValues.AsNoTracking()
            .Select(v => new { v.CodeSet, v.Code, v.Label })
            .ToListAsync(cancellationToken);
        return new CodeLabelLookup(values.ToFrozenDictionary(
            v => CodeLabelLookup.Key(v.CodeSet, v.Code), v => v.Label, StringComparer.OrdinalIgnoreCase));
    }

    private sealed record Snapshot(CodeLabelLookup Lookup, DateTimeOffset ExpiresAt);
}

/// <summary>One loaded copy of the code-set labels.</summary>
public sealed class CodeLabelLookup(FrozenDictionary<string, string> labels)
{
    /// <summary>The label of <paramref name="code"/> in <paramref name="codeSet"/>, or null for an unknown code.</summary>
    public string? Label(string codeSet, string code) => labels.GetValueOrDefault(Key(codeSet, code));

    internal static string Key(string codeSet, string code) => codeSet + "\u001F" + code.Trim();
}
