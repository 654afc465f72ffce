namespace MsixPortal.Features.Submissions.Uploads;

/// <summary>Where an upload's background work stands.</summary>
public enum SubmissionJobState
{
    Waiting,
    Running,
    Finished,
    Failed,
}

/// <summary>
/// One uploaded file being read, checked and (unless a dry run) applied in the background. It also
/// receives the reader's progress (students read so far) for the progress page.
/// </summary>
public sealed class SubmissionJob(Guid id, Guid ownerUserId, bool dryRun, DateTime startedAt) : IProgress<int>
{
    private int _studentsRead;
    private volatile SubmissionJobState _state = SubmissionJobState.Waiting;
    private volatile SubmissionResult? _result;

    /// <summary>Opaque identifier for the progress page's URL.</summary>
    public Guid Id { get; } = id;

    /// <summary>Only the user who uploaded sees the job (a dry run's result is not stored anywhere else).</summary>
    public Guid OwnerUserId { get; } = ownerUserId;

    public bool DryRun { get; } = dryRun;
    public DateTime StartedAt { get; } = startedAt;
    public SubmissionJobState State => _state;
    public int StudentsRead => Volatile.Read(ref _studentsRead);

    /// <summary>The outcome once <see cref="State"/> is Finished.</summary>
    public SubmissionResult? Result => _result;

    public void Report(int value) => Volatile.Write(ref _studentsRead, value);

    public void MarkRunning() => _state = SubmissionJobState.Running;

    public void Complete(SubmissionResult result)
    {
        _result = result;
        Volatile.Write(ref _studentsRead, result.StudentCount);
        _state = SubmissionJobState.Finished;
    }

    public void Fail() => _state = SubmissionJobState.Failed;
}
