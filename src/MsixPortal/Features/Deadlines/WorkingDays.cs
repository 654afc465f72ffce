namespace MsixPortal.Features.Deadlines;

/// <summary>
/// The portal's one working-day calendar, as the deadlines of 34 CFR 200.85 count them (our reading):
/// Monday to Friday, except observed federal holidays. Move-notice due dates, the new-child timeliness
/// of submissions and the reports' aging bands all count with it. Dates are calendar dates in UTC; the
/// portal is national and a deadline measured in days does not need a time zone finer than that.
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

    /// <summary>
    /// The earliest date from which <see cref="Between"/> up to <paramref name="end"/> is at most
    /// <paramref name="workingDays"/>: what opened on or after it is at most that many working days old.
    /// </summary>
    public static DateOnly Subtract(DateOnly end, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = end;
        var remaining = workingDays;
        while (remaining > 0)
        {
            if (IsWorkingDay(date))
            {
                remaining--;
            }
            date = date.AddDays(-1);
        }
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }
        return date;
    }

    /// <summary>
    /// How many working days lie after <paramref name="from"/> up to and including <paramref name="to"/>
    /// (0 when <paramref name="to"/> is not after <paramref name="from"/>); the inverse of <see cref="Add"/>.
    /// </summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                days++;
            }
        }
        return days;
    }

    /// <summary>Whether something due on <paramref name="dueOn"/> and still open is overdue on <paramref name="today"/>.</summary>
    public static bool IsOverdue(DateOnly dueOn, DateOnly today) => today > dueOn;

    /// <summary>Today's date in UTC by the given clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
