namespace MsixPortal.Features.Deadlines;

/// <summary>
/// Working days as the deadlines of 34 CFR 200.85 count them (our reading): Monday to Friday,
/// except observed federal holidays. Dates are calendar dates in UTC; the portal is national and
/// a deadline measured in days does not need a time zone finer than that.
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !FederalHolidays.IsObservedHoliday(date);

    /// <summary>
    /// The date <paramref name="workingDays"/> working days after <paramref name="start"/> (the start
    /// day itself does not count): a notice sent on a Friday with 4 working days is due on Thursday.
    /// </summary>
    public static DateOnly Add(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        var remaining = workingDays;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }
        return date;
    }

    /// <summary>Whether something due on <paramref name="dueOn"/> and still open is overdue on <paramref name="today"/>.</summary>
    public static bool IsOverdue(DateOnly dueOn, DateOnly today) => today > dueOn;

    /// <summary>Today's date in UTC by the given clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
