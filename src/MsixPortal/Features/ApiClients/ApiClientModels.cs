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
