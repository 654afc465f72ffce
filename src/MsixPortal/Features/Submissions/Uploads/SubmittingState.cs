using MsixPortal.Authorization;

namespace MsixPortal.Features.Submissions.Uploads;

/// <summary>The State a file is submitted for, as a resource for the <see cref="Policies.SameState"/> check.</summary>
public sealed record SubmittingState(string StateCode) : IStateScoped
{
    string? IStateScoped.StateCode => StateCode;
}
