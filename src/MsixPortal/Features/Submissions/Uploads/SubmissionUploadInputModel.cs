namespace MsixPortal.Features.Submissions.Uploads;

/// <summary>What the upload form posts: the file and which button was pressed.</summary>
public sealed class SubmissionUploadInputModel
{
    public const string DryRunMode = "dry-run";
    public const string SubmitMode = "submit";

    public IFormFile? File { get; set; }

    /// <summary><see cref="DryRunMode"/> (check only, store nothing) or <see cref="SubmitMode"/>.</summary>
    public string? Mode { get; set; }

    public bool IsDryRun => Mode != SubmitMode;
}
