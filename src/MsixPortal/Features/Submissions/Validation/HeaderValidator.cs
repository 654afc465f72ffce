using System.Globalization;
using MsixPortal.Data.CodeSets;
using MsixPortal.Features.Submissions.Format;

namespace MsixPortal.Features.Submissions.Validation;

/// <summary>What the header says, once checked.</summary>
public sealed record ValidHeader(DateTime? Timestamp, DateOnly? EffectiveBegin, DateOnly? EffectiveEnd, int? StudentCount, int? RecordCount);

/// <summary>
/// Checks the header: the State is the submitter's own, the time stamp and effective dates are
/// real and in order, and (after the last student) the counts match. A header problem rejects
/// the whole file.
/// </summary>
public static class HeaderValidator
{
    public static ValidHeader Check(SubmittedHeader header, string submittingState, CodeSetLookup codeSets,
        DateTime now, List<SubmissionProblem> problems)
    {
        void Add(string element, string problem) => problems.Add(new SubmissionProblem(0, null, null, null, null, null, $"Header {element}", problem));

        if (header.StateCode is null)
        {
            Add("State", "is required");
        }
        else if (codeSets.Canonical(CodeSetNames.UsState, header.StateCode) is null)
        {
            Add("State", "is not a State postal code");
        }
        else if (!header.StateCode.Equals(submittingState, StringComparison.OrdinalIgnoreCase))
        {
            Add("State", "must be the submitting State: a State submits only as itself");
        }

        DateTime? timestamp = null;
        if (header.Timestamp is null)
        {
            Add("Timestamp", "is required");
        }
        else if (!DateTimeOffset.TryParse(header.Timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            Add("Timestamp", "is not a date and time such as 2026-11-28T10:00:00Z");
        }
        else if (parsed.UtcDateTime > now.AddDays(1))
        {
            Add("Timestamp", "is in the future");
        }
        else
        {
            timestamp = parsed.UtcDateTime;
        }

        var begin = Date(header.EffectiveBeginDate, "Effective Begin Date", Add);
        var end = Date(header.EffectiveEndDate, "Effective End Date", Add);
        if (begin is { } b && end is { } e && e <= b)
        {
            Add("Effective End Date", "must be after the Effective Begin Date");
        }
        return new ValidHeader(timestamp, begin, end,
            Count(header.StudentCount, "Student Count", Add), Count(header.RecordCount, "Record Count", Add));
    }

    /// <summary>After the last student: the counts the header announced must be what arrived.</summary>
    public static void CheckCounts(ValidHeader header, int students, int records, List<SubmissionProblem> problems)
    {
        if (header.StudentCount is { } s && s != students)
        {
            problems.Add(new SubmissionProblem(0, null, null, null, null, null, "Header Student Count",
                string.Create(CultureInfo.InvariantCulture, $"says {s} but the file holds {students} students")));
        }
        if (header.RecordCount is { } r && r != records)
        {
            problems.Add(new SubmissionProblem(0, null, null, null, null, null, "Header Record Count",
                string.Create(CultureInfo.InvariantCulture, $"says {r} but the file holds {records} records (students and child rows)")));
        }
    }

    private static DateOnly? Date(string? text, string name, Action<string, string> add)
    {
        if (text is null)
        {
            add(name, "is required");
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        add(name, "is not a real date written as YYYYMMDD");
        return null;
    }

    private static int? Count(string? text, string name, Action<string, string> add)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }
        add(name, text is null ? "is required" : "is not a whole number");
        return null;
    }
}
