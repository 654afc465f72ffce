using MsixPortal.Features.Submissions.Format;
using MsixPortal.Features.Submissions.Validation;

namespace MsixPortal.Features.Submissions;

/// <summary>What reading and validating a file gave: a usable header or not, valid students, problems.</summary>
public sealed class ParsedSubmission
{
    public ValidHeader? Header { get; set; }
    public List<ValidatedStudent> Valid { get; } = [];
    public List<SubmissionProblem> Problems { get; } = [];
    public string? FileProblem { get; set; }
    public int StudentCount { get; set; }

    /// <summary>The whole file is rejected: unreadable, or a header problem.</summary>
    public bool IsRejected => FileProblem is not null || Problems.Any(p => p.IsFileLevel);
}

/// <summary>Reads a staged file student by student and validates each one as it arrives.</summary>
public static class SubmissionReading
{
    public static async Task<ParsedSubmission> ReadAsync(Stream content, string submittingState, CodeSetLookup codeSets,
        SubmissionSettings settings, DateTime now, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var parsed = new ParsedSubmission();
        try
        {
            using var reader = await SubmissionReader.OpenAsync(content, settings.MaxFileBytes, cancellationToken);
            var header = await reader.ReadHeaderAsync(cancellationToken);
            parsed.Header = HeaderValidator.Check(header, submittingState, codeSets, now, parsed.Problems);
            var validator = new StudentValidator(new ElementValueParser(codeSets), submittingState, DateOnly.FromDateTime(now));
            var recordNumbers = new RecordNumberRegister();
            var records = 0;
            while (await reader.ReadStudentAsync(cancellationToken) is { } student)
            {
                if (++parsed.StudentCount > settings.MaxStudents)
                {
                    parsed.FileProblem = $"The file holds more than {settings.MaxStudents} students. Split it into several submissions.";
                    return parsed;
                }
                records += 1 + student.Rows.Count;
                var (valid, problems) = validator.Validate(student);
                parsed.Problems.AddRange(problems);
                if (recordNumbers.Check(student) is { } reused)
                {
                    parsed.Problems.Add(reused);
                    valid = null;
                }
                if (valid is not null)
                {
                    parsed.Valid.Add(valid);
                }
                if (parsed.StudentCount % 1000 == 0)
                {
                    progress?.Report(parsed.StudentCount);
                }
            }
            HeaderValidator.CheckCounts(parsed.Header, parsed.StudentCount, records, parsed.Problems);
        }
        catch (SubmissionFileException e)
        {
            parsed.FileProblem = e.Message;
        }
        return parsed;
    }
}
