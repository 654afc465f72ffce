using System.Collections.Concurrent;

namespace MsixPortal.Features.Submissions.Uploads;

/// <summary>
/// Runs uploaded files through <see cref="SubmissionService"/> in the background, one at a time per
/// instance, so that the upload request returns at once and the browser follows progress on a page
/// that refreshes itself. Jobs live in this instance's memory for two hours: what lasts is the
/// submission row the service writes (a dry run stores nothing by design).
/// </summary>
public sealed partial class SubmissionJobs(
    IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<SubmissionJobs> logger) : IDisposable
{
    private static readonly TimeSpan KeepFinished = TimeSpan.FromHours(2);
    private readonly ConcurrentDictionary<Guid, SubmissionJob> _jobs = new();

    // The machine has few cores and a State's submissions are serialised by the service anyway.
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Takes ownership of <paramref name="file"/> (deleted when the job ends) and starts the work.</summary>
    public SubmissionJob Start(SubmissionRequest request, Guid ownerUserId, StagedFile file)
    {
        ForgetOldJobs();
        var job = new SubmissionJob(Guid.NewGuid(), ownerUserId, request.DryRun, clock.GetUtcNow().UtcDateTime);
        _jobs[job.Id] = job;
        _ = Task.Run(() => RunAsync(job, request, file));
        return job;
    }

    /// <summary>The job, if it exists on this instance and belongs to <paramref name="userId"/>.</summary>
    public SubmissionJob? Find(Guid id, Guid userId) =>
        _jobs.TryGetValue(id, out var job) && job.OwnerUserId == userId ? job : null;

    private async Task RunAsync(SubmissionJob job, SubmissionRequest request, StagedFile file)
    {
        var stopping = lifetime.ApplicationStopping;
        await using (file)
        {
            try
            {
                await _oneAtATime.WaitAsync(stopping);
                try
                {
                    job.MarkRunning();
                    await using var scope = scopes.CreateAsyncScope();
                    var service = scope.ServiceProvider.GetRequiredService<SubmissionService>();
                    await using var content = file.OpenRead();
                    job.Complete(await service.SubmitAsync(request, content, job, stopping));
                }
                finally
                {
                    _oneAtATime.Release();
                }
            }
#pragma warning disable CA1031 // A background job has no caller to throw to: any failure is logged and shown as "failed" (the transaction rolled back).
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(job.Id, request.StateCode, e);
                job.Fail();
            }
        }
    }

    private void ForgetOldJobs()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - KeepFinished;
        foreach (var (id, job) in _jobs)
        {
            if (job.StartedAt < cutoff && job.State is SubmissionJobState.Finished or SubmissionJobState.Failed)
            {
                _jobs.TryRemove(id, out _);
            }
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    [LoggerMessage(Level = LogLevel.Error, Message = "Upload job {JobId} for {StateCode} failed; nothing was applied")]
    private partial void LogFailed(Guid jobId, string stateCode, Exception exception);
}
