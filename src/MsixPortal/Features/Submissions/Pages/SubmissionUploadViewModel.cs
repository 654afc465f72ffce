namespace MsixPortal.Features.Submissions.Pages;

/// <summary>The upload form: the user's State (none: no form), the limits, and a message about the last attempt.</summary>
public sealed record SubmissionUploadViewModel(string? StateCode, string? Problem, long MaxFileMegabytes, int MaxStudents);
