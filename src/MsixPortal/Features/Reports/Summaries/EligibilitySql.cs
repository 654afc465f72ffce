namespace MsixPortal.Features.Reports.Summaries;

/// <summary>
/// SQL fragments for "eligible during a reporting period", shared by the child count and its
/// reconciliation: a qualifying move (alias q) makes a child eligible from the qualifying arrival
/// date (MDE 20) to the eligibility expiration date (MDE 26), or 36 months less a day when the State
/// sent none.
/// </summary>
internal static class EligibilitySql
{
    /// <summary>The reporting periods asked for: 1 September of each year in the array @years to 31 August after.</summary>
    public const string Periods =
        "periods AS (SELECT y AS period_year, make_date(y, 9, 1) AS starts, make_date(y + 1, 8, 31) AS ends FROM unnest(@years) AS y)";

    /// <summary>The last day of eligibility of the qualifying move q.</summary>
    public const string Expires =
        "COALESCE(q.eligibility_expiration_date, (q.qualifying_arrival_date + interval '36 months' - interval '1 day')::date)";

    /// <summary>The qualifying move q overlaps the period p.</summary>
    public const string Overlaps = $"q.qualifying_arrival_date <= p.ends AND {Expires} >= p.starts";
}
