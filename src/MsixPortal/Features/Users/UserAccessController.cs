using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Features.Shared;

namespace MsixPortal.Features.Users;

/// <summary>Changes to one account's access; each answers with a redirect back to the account's page.</summary>
[Route("admin/users/{id:guid}")]
[Authorize(Policy = Policies.ManageUsers)]
public sealed class UserAccessController(UserAccessService access) : Controller
{
    [HttpPost("roles")]
    public async Task<IActionResult> ChangeRoles(Guid id, UserRolesInputModel input, CancellationToken cancellationToken) =>
        (await access.ChangeRolesAsync(User, id, input.Roles, cancellationToken)).ToResult(this, Page(id));

    [HttpPost("disable")]
    public async Task<IActionResult> Disable(Guid id, CancellationToken cancellationToken) =>
        (await access.DisableAsync(User, id, cancellationToken)).ToResult(this, Page(id));

    [HttpPost("enable")]
    public async Task<IActionResult> Enable(Guid id, CancellationToken cancellationToken) =>
        (await access.EnableAsync(User, id, cancellationToken)).ToResult(this, Page(id));

    [HttpPost("deactivate")]
    public async Task<IActionResult> Deactivate(Guid id, UserDeactivateInputModel input, CancellationToken cancellationToken) =>
        ModelState.IsValid
            ? (await access.DeactivateAsync(User, id, cancellationToken)).ToResult(this, Page(id))
            : Redirect($"{Page(id)}?result=confirm-deactivation");

    [HttpPost("sessions/end")]
    public async Task<IActionResult> EndSessions(Guid id, CancellationToken cancellationToken) =>
        (await access.EndSessionsAsync(User, id, cancellationToken)).ToResult(this, Page(id));

    [HttpPost("authenticator/reset")]
    public async Task<IActionResult> ResetAuthenticator(Guid id, UserReauthenticationInputModel input,
        CancellationToken cancellationToken) =>
        ModelState.IsValid
            ? (await access.ResetAuthenticatorAsync(User, id, input.Password, input.Code, cancellationToken)).ToResult(this, Page(id))
            : Redirect($"{Page(id)}?result=reauthentication-failed");

    private static string Page(Guid id) => $"/admin/users/{id}";
}
