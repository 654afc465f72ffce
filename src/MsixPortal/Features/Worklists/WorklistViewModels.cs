namespace MsixPortal.Features.Worklists;

/// <summary>The kinds of work in a worklist, as the filter names them.</summary>
public static class WorkKinds
{
    public const string MoveNotice = "move-notice";
    public const string DataRequest = "data-request";
    public const string Merge = "merge";
    public const string Split = "split";
    public const string NearMatch = "near-match";
    public const string PiiIncident = "pii-incident";
    public const string HelpDeskRequest = "help-desk";

    public static IReadOnlyList<(string Kind, string Label)> All { get; } =
    [
        (PiiIncident, "Possible PII incidents"),
        (HelpDeskRequest, "Help-desk requests"),
        (MoveNotice, "Move notices received"),
        (DataRequest, "Data requests received"),
        (Merge, "Merges to validate"),
        (Split, "Splits to validate"),
        (NearMatch, "Near matches to decide"),
    ];

    public static string Label(string kind) => All.FirstOrDefault(k => k.Kind == kind).Label ?? kind;
}

/// <summary>
/// One row of a worklist. MsixId: the child's MSIX ID, or a help-desk item's reference. Urgent: first
/// in the list whatever its age (a PII incident not yet acknowledged). DueAt: a deadline to the
/// minute (an incident's acknowledgement), shown with its time.
/// </summary>
public sealed record WorklistItem(
    string Kind, long Id, string Link, string MsixId, string StateCode, DateTime CreatedAt, DateOnly? DueOn,
    bool IsOverdue, Guid? AssignedToUserId, string? AssignedTo, bool Urgent = false, DateTime? DueAt = null);

/// <summary>GET /worklists filters: kind (empty = all) and assignment (all, mine, unassigned), and the page (1 = first).</summary>
public sealed class WorklistFilterInputModel
{
    public string? Kind { get; set; }
    public string? Assigned { get; set; }
    public int? Page { get; set; }
}

/// <summary>
/// Where the shown items sit in the whole filtered list: page <see cref="Page"/> of
/// <see cref="PageCount"/>, <see cref="Total"/> items in all.
/// </summary>
public sealed record WorklistPaging(int Page, int PageCount, int Total);

/// <summary>OverdueCount: of the whole filtered list, not only of the page shown.</summary>
public sealed record WorklistViewModel(
    IReadOnlyList<WorklistItem> Items, WorklistFilterInputModel Filter, int OverdueCount, Guid CurrentUserId, WorklistPaging Paging);

/// <summary>Open and overdue items of one kind (merge stands for merge and split flags, help-desk for requests and incidents).</summary>
public sealed record WorkKindCount(string Kind, int Open, int Overdue);

/// <summary>What the navigation shows on every page.</summary>
public sealed record WorkNavigationViewModel(IReadOnlyList<WorkKindCount> ByKind, int UnreadNotifications)
{
    public int WorkCount => ByKind.Sum(k => k.Open);
    public int OverdueCount => ByKind.Sum(k => k.Overdue);
}
