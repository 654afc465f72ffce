using System.Linq.Expressions;

namespace MsixPortal.Features.Worklists;

/// <summary>
/// One kind of open work (or two read together: merges and splits, questions and incidents) as a
/// worklist page reads it, already narrowed to the page's filters: counted in the database, and its
/// first items read in the list's own order (<see cref="WorklistOrder"/>), so that the first
/// page × page size items of every source hold every item of the pages up to that one.
/// </summary>
public sealed record WorkSource(
    Func<CancellationToken, Task<int>> CountAsync,
    Func<CancellationToken, Task<int>> OverdueAsync,
    Func<int, CancellationToken, Task<IEnumerable<WorklistItem>>> FirstAsync)
{
    /// <summary>The items of <paramref name="items"/> that pass the "Assigned" filter (all, mine, unassigned).</summary>
    public static IQueryable<T> AssignedAs<T>(IQueryable<T> items, Expression<Func<T, Guid?>> assignee, string? assigned, Guid me) =>
        assigned switch
        {
            "mine" => items.Where(AssigneeIs(assignee, me)),
            "unassigned" => items.Where(AssigneeIs(assignee, null)),
            _ => items,
        };

    private static Expression<Func<T, bool>> AssigneeIs<T>(Expression<Func<T, Guid?>> assignee, Guid? value) =>
        Expression.Lambda<Func<T, bool>>(Expression.Equal(assignee.Body, Expression.Constant(value, typeof(Guid?))), assignee.Parameters);
}

/// <summary>
/// The worklist's order: urgent first, then overdue, then the nearest due date (to the minute when
/// there is one), then oldest; the ID settles ties so that pages never overlap.
/// </summary>
public static class WorklistOrder
{
    public static IOrderedEnumerable<WorklistItem> Sort(IEnumerable<WorklistItem> items) =>
        items.OrderByDescending(i => i.Urgent).ThenByDescending(i => i.IsOverdue).ThenBy(i => i.DueOn ?? DateOnly.MaxValue)
            .ThenBy(i => i.DueAt ?? DateTime.MaxValue).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id).ThenBy(i => i.Kind, StringComparer.Ordinal);
}

/// <summary>What a worklist page asks for: a kind (empty = all) and an assignment (all, mine, unassigned) for user <see cref="Me"/>.</summary>
public sealed record WorkNarrowing(string? Kind, string? Assigned, Guid Me)
{
    public bool Includes(string kind) => string.IsNullOrEmpty(Kind) || Kind == kind;
}
