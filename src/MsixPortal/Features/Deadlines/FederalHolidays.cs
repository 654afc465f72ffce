namespace MsixPortal.Features.Deadlines;

/// <summary>
/// The legal public holidays of 5 U.S.C. 6103, computed for any year (nothing hard-coded per year),
/// with the federal observance rule: a holiday on a Saturday is observed the Friday before, one on
/// a Sunday the Monday after. New Year's Day on a Saturday is therefore observed on 31 December of
/// the year before.
/// </summary>
public static class FederalHolidays
{
    /// <summary>Juneteenth National Independence Day became a legal public holiday in 2021.</summary>
    private const int FirstJuneteenthYear = 2021;

    /// <summary>Whether federal offices are closed on <paramref name="date"/> for a holiday.</summary>
    public static bool IsObservedHoliday(DateOnly date) =>
        ObservedIn(date.Year).Contains(date) || ObservedIn(date.Year + 1).Contains(date);

    /// <summary>The observed dates of the holidays of <paramref name="year"/> (one may fall in the year before).</summary>
    public static IReadOnlyList<DateOnly> ObservedIn(int year) =>
        [.. HolidaysOf(year).Select(Observed)];

    private static IEnumerable<DateOnly> HolidaysOf(int year)
    {
        yield return new DateOnly(year, 1, 1);                        // New Year's Day
        yield return NthWeekday(year, 1, DayOfWeek.Monday, 3);        // Birthday of Martin Luther King, Jr.
        yield return NthWeekday(year, 2, DayOfWeek.Monday, 3);        // Washington's Birthday
        yield return LastWeekday(year, 5, DayOfWeek.Monday);          // Memorial Day
        if (year >= FirstJuneteenthYear)
        {
            yield return new DateOnly(year, 6, 19);                   // Juneteenth
        }
        yield return new DateOnly(year, 7, 4);                        // Independence Day
        yield return NthWeekday(year, 9, DayOfWeek.Monday, 1);        // Labor Day
        yield return NthWeekday(year, 10, DayOfWeek.Monday, 2);       // Columbus Day
        yield return new DateOnly(year, 11, 11);                      // Veterans Day
        yield return NthWeekday(year, 11, DayOfWeek.Thursday, 4);     // Thanksgiving Day
        yield return new DateOnly(year, 12, 25);                      // Christmas Day
    }

    private static DateOnly Observed(DateOnly holiday) => holiday.DayOfWeek switch
    {
        DayOfWeek.Saturday => holiday.AddDays(-1),
        DayOfWeek.Sunday => holiday.AddDays(1),
        _ => holiday,
    };

    private static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)day + 7) % 7;
        return last.AddDays(-offset);
    }
}
