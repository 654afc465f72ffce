using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Features.Shared;

namespace MsixPortal.Features.ApiClients;

/// <summary>
/// A State's API clients for the submissions API: list, create (the secret shown once), revoke (after a
/// confirmation page). Secrets: <see cref="ApiClientSecretsController"/>.
/// </summary>
[Authorize(Policy = Policies.ManageApiClients)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ApiClientsController(ApiClientService clients) : Controller
{
    public const string ConfirmView = "/Features/ApiClients/Confirm.cshtml";
    public const string IndexView = "/Features/ApiClients/Index.cshtml";
    public const string CreatedView = "/Features/ApiClients/Created.cshtml";

    private static readonly Dictionary<string, string> Results = new(StringComparer.Ordinal)
    {
        ["revoked"] = "The client was revoked: its secrets and tokens stopped working.",
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
        return await ShowAsync(this, clients, await clients.CreateAsync(User, input, cancellationToken), cancellationToken);
    }

    /// <summary>What revoking the client will do; nothing changes until it is confirmed.</summary>
    [HttpGet("admin/api-clients/{id:long}/revoke")]
    public async Task<IActionResult> ConfirmRevoke(long id, CancellationToken cancellationToken)
    {
        var (outcome, client) = await clients.FindAsync(User, id, cancellationToken);
        return client is null ? outcome.ToResult(this, "/admin/api-clients") : View(ConfirmView, ApiClientConfirmViewModel.Revoke(client));
    }

    [HttpPost("admin/api-clients/{id:long}/revoke")]
    public async Task<IActionResult> Revoke(long id, CancellationToken cancellationToken) =>
        (await clients.RevokeAsync(User, id, cancellationToken)).ToResult(this, "/admin/api-clients");

    /// <summary>The new secret (shown once), or the clients page with the problem.</summary>
    internal static async Task<IActionResult> ShowAsync(Controller controller, ApiClientService clients, ApiClientCreation creation,
        CancellationToken cancellationToken)
    {
        if (creation.NotFound)
        {
            return controller.NotFound();
        }
        if (creation.Forbidden)
        {
            return controller.Forbid();
        }
        return creation.Created is { } created
            ? controller.View(CreatedView, created)
            : controller.View(IndexView, await clients.PageAsync(controller.User, creation.Problem, null, cancellationToken));
    }
}
