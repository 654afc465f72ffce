namespace MsixPortal.Infrastructure.Housekeeping;

/// <summary>Settings under <c>Housekeeping</c>: the periodic jobs (overdue reminders, old submission keys, expired saved searches).</summary>
public sealed class HousekeepingOptions
{
    public const string SectionName = "Housekeeping";

    /// <summary>Whether this instance runs the jobs (safe on several: reminders are guarded by xmin, deletes are idempotent).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a form submission key is kept to answer a repeated POST with the first result.</summary>
    public TimeSpan SubmissionKeyRetention { get; set; } = TimeSpan.FromDays(7);
}
