namespace MsixPortal.Features.Submissions.Format;

/// <summary>
/// Reads a submission forward only, one student at a time, so a 100 MB file never sits in memory as
/// a whole. The header comes first; then the students, as they appear in the file.
/// </summary>
public abstract class SubmissionReader : IDisposable
{
    public abstract Task<SubmittedHeader> ReadHeaderAsync(CancellationToken cancellationToken);

    /// <summary>The next student, or null after the last one.</summary>
    public abstract Task<SubmittedStudent?> ReadStudentAsync(CancellationToken cancellationToken);

    /// <summary>Checks the upload's first bytes and opens the reader for its syntax.</summary>
    public static async Task<SubmissionReader> OpenAsync(Stream upload, long maxBytes, CancellationToken cancellationToken)
    {
        var (syntax, content) = await SubmissionInput.OpenAsync(upload, maxBytes, cancellationToken);
        return syntax == SubmissionSyntax.Xml
            ? new XmlSubmissionReader(content)
            : new JsonSubmissionReader(content);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}
