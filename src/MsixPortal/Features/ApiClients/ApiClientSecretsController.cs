using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Features.Shared;

namespace MsixPortal.Features.ApiClients;

/// <summary>
/// Rotating an API client's secrets: add a second one, revoke the old one. Each change first shows what
/// it will do (GET, nothing changed), and is made when that page is posted.
/// </summary>
[Authorize(Policy = Policies.ManageApiClients)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ApiClientSecretsController(ApiClientService clients) : Controller
{
    /// <summary>What adding a secret will do; the secret is made (and shown) only when this is confirmed.</summary>
    [HttpGet("admin/api-clients/{id:long}/secrets/new")]
    public async Task<IActionResult> ConfirmAdd(long id, CancellationToken cancellationToken)
    {
        var (outcome, client) = await clients.FindAsync(User, id, cancellationToken);
        return client is null ? outcome.ToResult(this, "/admin/api-clients") : View(ApiClientsController.ConfirmView, ApiClientConfirmViewModel.AddSecret(client));
    }

    /// <summary>Answers with the new secret itself (no redirect): it exists only in this response.</summary>
    [HttpPost("admin/api-clients/{id:long}/secrets")]
    public async Task<IActionResult> Add(long id, CancellationToken cancellationToken) =>
        await ApiClientsController.ShowAsync(this, clients, await clients.AddSecretAsync(User, id, cancellationToken), cancellationToken);

    /// <summary>What revoking the secret will do; nothing changes until it is confirmed.</summary>
    [HttpGet("admin/api-clients/{id:long}/secrets/{secretId:long}/revoke")]
    public async Task<IActionResult> ConfirmRevoke(long id, long secretId, CancellationToken cancellationToken)
    {
        var (outcome, client) = await clients.FindAsync(User, id, cancellationToken);
        if (client is null)
        {
            return outcome.ToResult(this, "/admin/api-clients");
        }
        return client.ActiveSecrets.FirstOrDefault(s => s.Id == secretId) is { } secret
            ? View(ApiClientsController.ConfirmView, ApiClientConfirmViewModel.RevokeSecret(client, secret))
            : NotFound();
    }

    [HttpPost("admin/api-clients/{id:long}/secrets/{secretId:long}/revoke")]
    public async Task<IActionResult> Revoke(long id, long secretId, CancellationToken cancellationToken) =>
        (await clients.RevokeSecretAsync(User, id, secretId, cancellationToken)).ToResult(this, "/admin/api-clients");
}
