using System.Globalization;

namespace MsixPortal.Features.Search;

/// <summary>
/// The birth dates a typed date may have been meant as: day and month swapped, or one digit of
/// YYYYMMDD wrong. Only real calendar dates are returned.
/// </summary>
public static class BirthDateVariants
{
    public static DateOnly? Swapped(DateOnly date) =>
        date.Day <= 12 && date.Day != date.Month ? new DateOnly(date.Year, date.Day, date.Month) : null;

    public static IReadOnlyList<DateOnly> OneDigitOff(DateOnly date)
    {
        var digits = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture).ToCharArray();
        var variants = new List<DateOnly>();
        for (var position = 0; position < digits.Length; position++)
        {
            var original = digits[position];
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit == original)
                {
                    continue;
                }
                digits[position] = digit;
                if (DateOnly.TryParseExact(new string(digits), "yyyyMMdd", CultureInfo.InvariantCulture,
                        DateTimeStyles.None, out var variant) && variant.Year is >= 1900 and <= 2100)
                {
                    variants.Add(variant);
                }
            }
            digits[position] = original;
        }
        return variants;
    }
}
