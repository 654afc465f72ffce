using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Features.Deadlines;

namespace MsixPortal.Features.Submissions.Apply;

/// <summary>
/// Timeliness against 34 CFR 200.85: a newly eligible child is due within 10 working days, counted
/// with the portal's one calendar (<see cref="WorkingDays"/>: weekends and federal holidays skipped). The file
/// does not carry the Certificate of Eligibility date, so the latest qualifying arrival date stands
/// in for it (documented in docs/submissions/README.md).
/// </summary>
internal static class Timeliness
{
    public const int NewChildWorkingDays = 10;

    public static bool IsLateNewChild(StateStudentRecord record, DateTime receivedAt)
    {
        if (record.QualifyingMoves.Count == 0)
        {
            return false;
        }
        var arrival = record.QualifyingMoves.Max(m => m.QualifyingArrivalDate);
        // Late when received after the tenth working day: Add stops there, however old the arrival.
        return DateOnly.FromDateTime(receivedAt) > WorkingDays.Add(arrival, NewChildWorkingDays);
    }
}
