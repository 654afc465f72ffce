using MsixPortal.Features.Deadlines;

namespace MsixPortal.Tests.Features.Deadlines;

public class WorkingDaysTests
{
    [Theory]
    [InlineData("2024-01-15")] // Martin Luther King, Jr. Day: third Monday of January
    [InlineData("2024-02-19")] // Washington's Birthday: third Monday of February
    [InlineData("2024-05-27")] // Memorial Day: last Monday of May
    [InlineData("2024-06-19")] // Juneteenth on a Wednesday
    [InlineData("2024-09-02")] // Labor Day: first Monday of September
    [InlineData("2024-10-14")] // Columbus Day: second Monday of October
    [InlineData("2024-11-28")] // Thanksgiving: fourth Thursday of November
    [InlineData("2026-07-03")] // Independence Day on a Saturday: observed Friday
    [InlineData("2023-01-02")] // New Year's Day on a Sunday: observed Monday
    [InlineData("2021-12-31")] // New Year's Day 2022 on a Saturday: observed the Friday before, in 2021
    [InlineData("2027-06-18")] // Juneteenth on a Saturday: observed Friday
    [InlineData("2033-11-11")] // Veterans Day, a year no table would list
    public void IsWorkingDay_ObservedFederalHoliday_False(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var working = WorkingDays.IsWorkingDay(day);

        Assert.False(working);
    }

    [Theory]
    [InlineData("2020-06-19")] // Juneteenth was not yet a federal holiday
    [InlineData("2026-07-06")] // the Monday after an Independence Day observed on Friday
    [InlineData("2024-11-29")] // the Friday after Thanksgiving is a working day
    public void IsWorkingDay_OrdinaryWeekday_True(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var working = WorkingDays.IsWorkingDay(day);

        Assert.True(working);
    }

    [Fact]
    public void IsWorkingDay_Weekend_False()
    {
        var saturday = new DateOnly(2024, 3, 9);

        Assert.False(WorkingDays.IsWorkingDay(saturday));
        Assert.False(WorkingDays.IsWorkingDay(saturday.AddDays(1)));
    }

    [Theory]
    [InlineData("2024-03-04", "2024-03-08")] // Monday: plain week
    [InlineData("2024-03-08", "2024-03-14")] // Friday: across a weekend
    [InlineData("2024-11-22", "2024-11-29")] // across a weekend and Thanksgiving
    [InlineData("2024-12-24", "2024-12-31")] // across Christmas and a weekend
    [InlineData("2026-07-02", "2026-07-09")] // across an Independence Day observed on Friday
    [InlineData("2021-12-29", "2022-01-05")] // across a New Year's Day observed in the year before
    [InlineData("2024-03-09", "2024-03-14")] // sent on a Saturday: Monday is the first working day
    public void Add_FourWorkingDays_SkipsWeekendsAndHolidays(string sent, string due)
    {
        var sentOn = DateOnly.Parse(sent, System.Globalization.CultureInfo.InvariantCulture);

        var dueOn = WorkingDays.Add(sentOn, 4);

        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), dueOn);
    }

    [Fact]
    public void IsOverdue_DueDateItself_NotOverdueUntilTheNextDay()
    {
        var due = new DateOnly(2024, 11, 29);

        Assert.False(WorkingDays.IsOverdue(due, due));
        Assert.True(WorkingDays.IsOverdue(due, due.AddDays(1)));
    }

    [Fact]
    public void ObservedIn_AnyYear_ElevenHolidaysFromJuneteenthOn()
    {
        var years = Enumerable.Range(2021, 30);

        var counts = years.Select(year => FederalHolidays.ObservedIn(year).Distinct().Count());

        Assert.All(counts, count => Assert.Equal(11, count));
    }

    [Theory]
    [InlineData("2024-11-22", "2024-12-09", 10)] // across a weekend and Thanksgiving
    [InlineData("2024-03-08", "2024-03-14", 4)]  // the inverse of Add across a weekend
    [InlineData("2024-03-08", "2024-03-08", 0)]
    [InlineData("2024-03-08", "2024-03-01", 0)]  // backwards: nothing
    public void Between_Dates_CountsWorkingDaysAfterTheFirst(string from, string to, int expected)
    {
        Assert.Equal(expected, WorkingDays.Between(Date(from), Date(to)));
    }

    [Theory]
    [InlineData("2024-12-02", 5, "2024-11-22")]  // back across Thanksgiving and a weekend
    [InlineData("2024-03-14", 4, "2024-03-08")]
    public void Subtract_WorkingDays_InverseOfAdd(string end, int days, string expected)
    {
        var start = WorkingDays.Subtract(Date(end), days);

        Assert.Equal(Date(expected), start);
        Assert.Equal(days, WorkingDays.Between(start, Date(end)));
    }

    /// <summary>
    /// One calendar for the whole portal: a child arriving the Friday before Thanksgiving and sent on
    /// the tenth working day (Thanksgiving skipped) is on time; counting Monday to Friday only, as
    /// submissions once did, would call it late. Move notices are due by the same calendar.
    /// </summary>
    [Fact]
    public void NewChildTimeliness_AcrossThanksgiving_CountsWithTheSameCalendarAsMoveNotices()
    {
        var record = new MsixPortal.Data.Entities.StateRecords.StateStudentRecord();
        record.QualifyingMoves.Add(new MsixPortal.Data.Entities.StateRecords.QualifyingMove { QualifyingArrivalDate = Date("2024-11-22") });

        var onTenthDay = MsixPortal.Features.Submissions.Apply.Timeliness.IsLateNewChild(record, new DateTime(2024, 12, 9, 15, 0, 0, DateTimeKind.Utc));
        var onEleventhDay = MsixPortal.Features.Submissions.Apply.Timeliness.IsLateNewChild(record, new DateTime(2024, 12, 10, 9, 0, 0, DateTimeKind.Utc));

        Assert.False(onTenthDay);
        Assert.True(onEleventhDay);
        Assert.Equal(Date("2024-12-09"), WorkingDays.Add(Date("2024-11-22"), 10));
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
