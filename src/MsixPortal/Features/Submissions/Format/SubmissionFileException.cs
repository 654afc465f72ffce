namespace MsixPortal.Features.Submissions.Format;

/// <summary>
/// The file as a whole cannot be read (not well-formed, wrong encoding, compressed, a DTD, too big).
/// The message is for the submitting State and never contains a value from the file.
/// </summary>
public sealed class SubmissionFileException : Exception
{
    public SubmissionFileException(string message) : base(message) { }

    public SubmissionFileException(string message, Exception innerException) : base(message, innerException) { }

    public SubmissionFileException() { }
}
