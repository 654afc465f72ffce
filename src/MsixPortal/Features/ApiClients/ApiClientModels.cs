using System.ComponentModel.DataAnnotations;

namespace MsixPortal.Features.ApiClients;

/// <summary>What the "new API client" form posts. StateCode counts only for national administrators.</summary>
public sealed class ApiClientInputModel
{
    [Required(ErrorMessage = "Name the State system that will use the client.")]
    [StringLength(100, ErrorMessage = "The name is at most 100 characters.")]
    public string? Name { get; set; }

    public string? StateCode { get; set; }
}

public sealed record ApiClientRow(long Id, string ClientId, string Name, string StateCode, DateTime CreatedAt, DateTime? RevokedAt,
    IReadOnlyList<ApiClientSecretRow> ActiveSecrets);

/// <summary>An active secret of a client: when it was made (its value is never shown again).</summary>
public sealed record ApiClientSecretRow(long Id, DateTime CreatedAt);

/// <summary>The API clients page: the clients in scope, and (national administrators) the States to create one for.</summary>
public sealed record ApiClientsViewModel(
    IReadOnlyList<ApiClientRow> Clients,
    IReadOnlyList<(string Code, string Label)> States,
    string? OwnState,
    string? Problem,
    string? Result);

/// <summary>Shown once, right after creation of a client or of a new secret: the secret is never stored or shown again.</summary>
public sealed record ApiClientCreatedViewModel(string ClientId, string Secret, string StateCode, string Name, bool NewSecretOnly = false);

/// <summary>What creating a client came to.</summary>
public sealed record ApiClientCreation(ApiClientCreatedViewModel? Created, string? Problem, bool Forbidden = false, bool NotFound = false);

/// <summary>
/// The page that says what a change to a client will do before it is made (adding a secret shows no
/// secret yet). With a <see cref="Problem"/> it cannot be made and no button is shown.
/// </summary>
public sealed record ApiClientConfirmViewModel(ApiClientRow Client, string Title, string WhatHappens, string Action, string Button,
    ApiClientSecretRow? Secret = null, string? Problem = null)
{
    /// <summary>Revoking cannot be undone: its button looks like it.</summary>
    public bool Revokes => Action.EndsWith("/revoke", StringComparison.Ordinal);

    public static ApiClientConfirmViewModel AddSecret(ApiClientRow client) => new(client, "Add a secret",
        $"A new secret will be made for {client.ClientId} and shown once on the next page. The current secret keeps working until you revoke it, so the State system can switch without downtime.",
        $"/admin/api-clients/{client.Id}/secrets", "Add the secret",
        Problem: client.RevokedAt is not null ? "The client is revoked: create a new client instead."
            : client.ActiveSecrets.Count >= Submissions.Api.ApiClientSecrets.MaxActiveSecrets
                ? $"The client already has {Submissions.Api.ApiClientSecrets.MaxActiveSecrets} active secrets. Revoke the one no longer in use first."
                : null);

    public static ApiClientConfirmViewModel RevokeSecret(ApiClientRow client, ApiClientSecretRow secret) => new(client, "Revoke a secret",
        $"The secret of {client.ClientId} made {secret.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)} UTC will stop working at once, and so will every token obtained with it. The client's other secret keeps working.",
        $"/admin/api-clients/{client.Id}/secrets/{secret.Id}/revoke", "Revoke the secret", secret,
        client.ActiveSecrets.Count == 1 ? "That is the client's only active secret: add a new one first, or revoke the client." : null);

    public static ApiClientConfirmViewModel Revoke(ApiClientRow client) => new(client, "Revoke an API client",
        $"{client.ClientId} and all its secrets will stop working at once, and so will every token it holds: the State system can no longer submit with it. This cannot be undone; a new client can be created.",
        $"/admin/api-clients/{client.Id}/revoke", "Revoke the client",
        Problem: client.RevokedAt is not null ? "The client is already revoked." : null);
}
