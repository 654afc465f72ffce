using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.Submissions.Apply;

/// <summary>
/// Timeliness against 34 CFR 200.85: a newly eligible child is due within 10 working days. The file
/// does not carry the Certificate of Eligibility date, so the latest qualifying arrival date stands
/// in for it (documented in docs/submissions/README.md).
/// </summary>
internal static class Timeliness
{
    private const int NewChildWorkingDays = 10;

    public static bool IsLateNewChild(StateStudentRecord record, DateTime receivedAt)
    {
        if (record.QualifyingMoves.Count == 0)
        {
            return false;
        }
        var arrival = record.QualifyingMoves.Max(m => m.QualifyingArrivalDate);
        return WorkingDaysBetween(arrival, DateOnly.FromDateTime(receivedAt)) > NewChildWorkingDays;
    }

    private static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var day = from.AddDays(1); day <= to && days <= NewChildWorkingDays; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days++;
            }
        }
        return days;
    }
}
