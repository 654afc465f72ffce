using MsixPortal.Features.Reports.Summaries;

namespace MsixPortal.Features.Reports.ChildCount;

/// <summary>The age/grade bands and reconciliation reasons as the summary tables name them, with their labels.</summary>
internal static class ChildCountBands
{
    public static IReadOnlyList<string> All { get; } = ["age-0-2", "age-3-5", "k-5", "6-8", "9-12", "out-of-school"];

    public const string StateCount = "state-count";
    public const string Difference = "difference";

    public static IReadOnlyList<string> Reasons { get; } =
        [ReconciliationReasons.Expired, "near-matches", ReconciliationReasons.ClaimedElsewhere, ReconciliationReasons.MissingElements];

    public static string Label(string band) => band switch
    {
        "age-0-2" => "Ages 0–2",
        "age-3-5" => "Ages 3–5, not in kindergarten",
        "k-5" => "Kindergarten to grade 5",
        "6-8" => "Grades 6–8",
        "9-12" => "Grades 9–12",
        "out-of-school" => "Ungraded or out of school",
        StateCount => "The State's own count",
        Difference => "Difference (the State's count less the exchange's)",
        ReconciliationReasons.Expired => "Eligibility expired in the year before the period",
        "near-matches" => "Possible duplicates awaiting a near-match decision",
        ReconciliationReasons.ClaimedElsewhere => "Also eligible in another State in the period",
        ReconciliationReasons.MissingElements => "Missing a required data element",
        _ => band,
    };
}
