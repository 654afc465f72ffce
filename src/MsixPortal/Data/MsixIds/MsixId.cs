using System.Globalization;

namespace MsixPortal.Data.MsixIds;

/// <summary>
/// MSIX IDs (MDE 1): twelve digits, made from the PostgreSQL sequence <c>msix_id_seq</c> so that a
/// number is never handed out twice, even after a rollback or a merge. The first eleven digits are
/// the sequence number (10000000000–99999999999, so an ID never starts with 0 and loses nothing in
/// a spreadsheet); the twelfth is a Damm check digit, which catches every single-digit typo and
/// every swap of two adjacent digits.
/// </summary>
public static class MsixId
{
    public const string SequenceName = "msix_id_seq";
    public const long FirstSequenceNumber = 10_000_000_000;
    public const long LastSequenceNumber = 99_999_999_999;
    public const int Length = 12;

    // Damm's order-10 totally anti-symmetric quasigroup (H. M. Damm, 2004).
    private static readonly byte[,] Quasigroup =
    {
        { 0, 3, 1, 7, 5, 9, 8, 6, 4, 2 },
        { 7, 0, 9, 2, 1, 5, 4, 8, 6, 3 },
        { 4, 2, 0, 6, 8, 7, 1, 3, 5, 9 },
        { 1, 7, 5, 0, 9, 8, 3, 4, 2, 6 },
        { 6, 1, 2, 3, 0, 4, 5, 9, 7, 8 },
        { 3, 6, 7, 4, 2, 0, 9, 5, 8, 1 },
        { 5, 8, 6, 9, 7, 2, 0, 1, 3, 4 },
        { 8, 9, 4, 5, 3, 6, 2, 0, 1, 7 },
        { 9, 4, 3, 8, 6, 1, 7, 2, 0, 5 },
        { 2, 5, 8, 1, 4, 3, 6, 7, 9, 0 },
    };

    /// <summary>The MSIX ID for one sequence number: eleven digits plus the check digit.</summary>
    public static string FromSequenceNumber(long sequenceNumber)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequenceNumber, FirstSequenceNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequenceNumber, LastSequenceNumber);
        var body = sequenceNumber.ToString("D11", CultureInfo.InvariantCulture);
        return body + CheckDigit(body);
    }

    /// <summary>Whether a typed value is a well-formed MSIX ID (twelve digits, right check digit).</summary>
    public static bool IsValid(string? value) =>
        value is { Length: Length } && value[0] != '0' && value.All(char.IsAsciiDigit) && DammInterim(value) == 0;

    /// <summary>The Damm check digit of a string of decimal digits.</summary>
    public static char CheckDigit(ReadOnlySpan<char> digits) => (char)('0' + DammInterim(digits));

    private static int DammInterim(ReadOnlySpan<char> digits)
    {
        var interim = 0;
        foreach (var digit in digits)
        {
            interim = Quasigroup[interim, digit - '0'];
        }
        return interim;
    }
}
