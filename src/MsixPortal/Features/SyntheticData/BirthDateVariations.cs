namespace MsixPortal.Features.SyntheticData;

/// <summary>Birth dates as they get mistyped: day and month exchanged, or one digit off.</summary>
internal static class BirthDateVariations
{
    public static bool SwapDayAndMonth(RecordIdentity identity)
    {
        var date = identity.BirthDate;
        if (date.Day > 12 || date.Day == date.Month)
        {
            return false;
        }
        identity.BirthDate = new DateOnly(date.Year, date.Day, date.Month);
        return true;
    }

    /// <summary>Changes one digit of YYYYMMDD (the year's last digit, the month's or one of the day's) to a valid, different date.</summary>
    public static bool OneDigitOff(RecordIdentity identity, Random random)
    {
        var digits = identity.BirthDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture).ToCharArray();
        int[] positions = [3, 5, 6, 7, 7];
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var copy = (char[])digits.Clone();
            var at = positions[random.Next(positions.Length)];
            var digit = copy[at] - '0';
            var changed = random.Chance(0.7) ? digit + (random.Next(2) * 2 - 1) : random.Next(10);
            if (changed is < 0 or > 9 || changed == digit)
            {
                continue;
            }
            copy[at] = (char)('0' + changed);
            if (DateOnly.TryParseExact(new string(copy), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.None, out var date))
            {
                identity.BirthDate = date;
                return true;
            }
        }
        return false;
    }
}
