using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Features.Shared;

namespace MsixPortal.Features.ApiClients;

/// <summary>A State's API clients for the submissions API: list, create (the secret shown once), revoke.</summary>
[Authorize(Policy = Policies.ManageApiClients)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ApiClientsController(ApiClientService clients) : Controller
{
    [HttpGet("admin/api-clients")]
    public async Task<IActionResult> Index(string? result, CancellationToken cancellationToken) =>
        View(await clients.PageAsync(User, null, result == "revoked" ? "The client was revoked." : null, cancellationToken));

    /// <summary>Answers with the secret itself (no redirect): it exists only in this response.</summary>
    [HttpPost("admin/api-clients")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] ApiClientInputModel input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var message = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).First();
            return View(nameof(Index), await clients.PageAsync(User, message, null, cancellationToken));
        }
        var creation = await clients.CreateAsync(User, input, cancellationToken);
        if (creation.Forbidden)
        {
            return Forbid();
        }
        return creation.Created is { } created
            ? View("Created", created)
            : View(nameof(Index), await clients.PageAsync(User, creation.Problem, null, cancellationToken));
    }

    [HttpPost("admin/api-clients/{id:long}/revoke")]
    public async Task<IActionResult> Revoke(long id, CancellationToken cancellationToken) =>
        (await clients.RevokeAsync(User, id, cancellationToken)).ToResult(this, "/admin/api-clients");
}
