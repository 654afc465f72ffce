using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Features.Shared;

namespace MsixPortal.Features.ApiClients;

/// <summary>A State's API clients for the submissions API: list, create (the secret shown once), rotate secrets, revoke.</summary>
[Authorize(Policy = Policies.ManageApiClients)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ApiClientsController(ApiClientService clients) : Controller
{
    private static readonly Dictionary<string, string> Results = new(StringComparer.Ordinal)
    {
        ["revoked"] = "The client was revoked: its tokens stopped working.",
        ["secret-revoked"] = "The secret was revoked: tokens obtained with it stopped working.",
        ["last-secret"] = "That is the client's only active secret: add a new one first, or revoke the client.",
    };

    [HttpGet("admin/api-clients")]
    public async Task<IActionResult> Index(string? result, CancellationToken cancellationToken)
    {
        var message = result is not null ? Results.GetValueOrDefault(result) : null;
        return View(result == "last-secret"
            ? await clients.PageAsync(User, message, null, cancellationToken)
            : await clients.PageAsync(User, null, message, cancellationToken));
    }

    /// <summary>Answers with the secret itself (no redirect): it exists only in this response.</summary>
    [HttpPost("admin/api-clients")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] ApiClientInputModel input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var message = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).First();
            return View(nameof(Index), await clients.PageAsync(User, message, null, cancellationToken));
        }
        return await ShowAsync(await clients.CreateAsync(User, input, cancellationToken), cancellationToken);
    }

    /// <summary>Answers with the new secret itself (no redirect): it exists only in this response.</summary>
    [HttpPost("admin/api-clients/{id:long}/secrets")]
    public async Task<IActionResult> AddSecret(long id, CancellationToken cancellationToken) =>
        await ShowAsync(await clients.AddSecretAsync(User, id, cancellationToken), cancellationToken);

    [HttpPost("admin/api-clients/{id:long}/secrets/{secretId:long}/revoke")]
    public async Task<IActionResult> RevokeSecret(long id, long secretId, CancellationToken cancellationToken) =>
        (await clients.RevokeSecretAsync(User, id, secretId, cancellationToken)).ToResult(this, "/admin/api-clients");

    [HttpPost("admin/api-clients/{id:long}/revoke")]
    public async Task<IActionResult> Revoke(long id, CancellationToken cancellationToken) =>
        (await clients.RevokeAsync(User, id, cancellationToken)).ToResult(this, "/admin/api-clients");

    /// <summary>The new secret (shown once), or the page with the problem.</summary>
    private async Task<IActionResult> ShowAsync(ApiClientCreation creation, CancellationToken cancellationToken)
    {
        if (creation.NotFound)
        {
            return NotFound();
        }
        if (creation.Forbidden)
        {
            return Forbid();
        }
        return creation.Created is { } created
            ? View("Created", created)
            : View(nameof(Index), await clients.PageAsync(User, creation.Problem, null, cancellationToken));
    }
}
