using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Data;
using MsixPortal.Data.CodeSets;
using MsixPortal.Features.Audit;

namespace MsixPortal.Features.Search;

/// <summary>The search feature's one entry point for its controller: form, save, results, audit.</summary>
public sealed class StudentSearchService(
    PortalDbContext db,
    SavedSearchStore store,
    StudentMatcher matcher,
    SearchResultDetails details,
    AuditTrail audit,
    IOptions<SearchOptions> options)
{
    public async Task<SearchFormViewModel> FormAsync(SearchInputModel input, CancellationToken cancellationToken = default)
    {
        var choices = await db.CodeSetValues.AsNoTracking()
            .Where(v => v.CodeSet == CodeSetNames.Sex || v.CodeSet == CodeSetNames.UsState || v.CodeSet == CodeSetNames.Country)
            .OrderBy(v => v.SortOrder).ThenBy(v => v.Label)
            .Select(v => new { v.CodeSet, v.Code, v.Label })
            .ToListAsync(cancellationToken);
        IReadOnlyList<CodeChoice> Of(string set) =>
            choices.Where(c => c.CodeSet == set).Select(c => new CodeChoice(c.Code, c.Label)).ToList();
        return new SearchFormViewModel
        {
            Input = input,
            Sexes = Of(CodeSetNames.Sex),
            States = Of(CodeSetNames.UsState),
            Countries = Of(CodeSetNames.Country),
        };
    }

    /// <summary>The form as it was filled in for an earlier search of this user ("change search").</summary>
    public async Task<SearchInputModel> InputForAsync(Guid? searchId, Guid userId, CancellationToken cancellationToken = default)
    {
        var criteria = searchId is null ? null : await store.FindAsync(searchId.Value, userId, cancellationToken);
        return criteria is null ? new SearchInputModel() : SearchInputModel.From(criteria);
    }

    public Task<Guid> SaveAsync(SearchInputModel input, Guid userId, CancellationToken cancellationToken = default) =>
        store.SaveAsync(input.ToCriteria(), userId, cancellationToken);

    /// <summary>One page of results, audited; null when the search is unknown, expired or not the user's.</summary>
    public async Task<SearchResultsViewModel?> ResultsAsync(Guid searchId, Guid userId, int page,
        CancellationToken cancellationToken = default)
    {
        var criteria = await store.FindAsync(searchId, userId, cancellationToken);
        if (criteria is null)
        {
            return null;
        }
        var pageSize = options.Value.PageSize;
        page = Math.Clamp(page, 1, 10_000);
        var matches = await matcher.FindAsync(criteria, page, pageSize, cancellationToken);
        var results = await details.LoadAsync(matches.Matches, cancellationToken);

        // Which fields, how many results: never the values (security.md 28).
        await audit.RecordAsync(AuditActions.StudentSearched, "search", searchId.ToString(),
            string.Create(CultureInfo.InvariantCulture,
                $"fields={string.Join(',', criteria.FieldsUsed())};results={matches.Total};page={page}{(matches.Relaxed ? ";relaxed" : "")}"),
            cancellationToken: cancellationToken);

        return new SearchResultsViewModel
        {
            SearchId = searchId,
            Results = results,
            Total = matches.Total,
            Page = page,
            PageSize = pageSize,
            Relaxed = matches.Relaxed,
        };
    }
}
