namespace MsixPortal.Features.Worklists;

/// <summary>How an action on a work item (notice, request, flag) ended; controllers map it to a response.</summary>
public enum WorkItemOutcome
{
    Done,
    NotFound,
    Forbidden,

    /// <summary>The item changed meanwhile (another user acted first, or its status no longer allows this).</summary>
    Conflict,
}
