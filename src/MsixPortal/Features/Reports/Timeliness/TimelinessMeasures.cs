namespace MsixPortal.Features.Reports.Timeliness;

/// <summary>The four deadlines the timeliness report measures, as the SQL names them.</summary>
public static class TimelinessMeasures
{
    public const string NewChildren = "new-children";
    public const string TermUpdates = "term-updates";
    public const string MoveNotices = "move-notices";
    public const string DataRequests = "data-requests";

    public static IReadOnlyList<string> All { get; } = [NewChildren, TermUpdates, MoveNotices, DataRequests];

    public static string Label(string measure) => measure switch
    {
        NewChildren => "New children within 10 working days",
        TermUpdates => "Term updates within 30 days",
        MoveNotices => "Move notices within 4 working days",
        DataRequests => "Data requests by due date",
        _ => measure,
    };
}
