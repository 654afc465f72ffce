using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Shared;
using MsixPortal.Features.Submissions.Api;
using MsixPortal.Features.Submissions.Uploads;
using MsixPortal.Features.Worklists;

namespace MsixPortal.Features.ApiClients;

/// <summary>
/// Creates and revokes a State's API clients and rotates their secrets (national administrators: any
/// State; a State's data administrators: their own, checked with <see cref="Policies.SameState"/>).
/// Every change is audited.
/// </summary>
public sealed class ApiClientService(PortalDbContext db, IAuthorizationService authorization, WorkItemLookups lookups,
    AuditTrail audit, TimeProvider clock)
{
    public async Task<ApiClientsViewModel> PageAsync(ClaimsPrincipal user, string? problem, string? result, CancellationToken cancellationToken)
    {
        var scope = StateScope.Of(user);
        var clients = await scope.Filter(db.ApiClients.AsNoTracking(), c => c.StateCode)
            .OrderBy(c => c.StateCode).ThenBy(c => c.RevokedAt != null).ThenByDescending(c => c.CreatedAt)
            .Select(c => new ApiClientRow(c.Id, c.ClientId, c.Name, c.StateCode, c.CreatedAt, c.RevokedAt,
                c.Secrets.Where(x => x.RevokedAt == null).OrderBy(x => x.Id).Select(x => new ApiClientSecretRow(x.Id, x.CreatedAt)).ToList()))
            .ToListAsync(cancellationToken);
        var states = scope.IsNational ? await lookups.StatesAsync(cancellationToken) : [];
        return new ApiClientsViewModel(clients, states, scope.StateCode, problem, result);
    }

    /// <summary>One client for a confirmation page, with its active secrets; NotFound or Forbidden (another State's) otherwise.</summary>
    public async Task<(AdminOutcome Outcome, ApiClientRow? Client)> FindAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null)
        {
            return (AdminOutcome.NotFound, null);
        }
        if (!(await authorization.AuthorizeAsync(user, client, Policies.SameState)).Succeeded)
        {
            return (AdminOutcome.Forbidden, null);
        }
        var secrets = await db.ApiClientSecrets.AsNoTracking().Where(x => x.ApiClientId == id && x.RevokedAt == null).OrderBy(x => x.Id)
            .Select(x => new ApiClientSecretRow(x.Id, x.CreatedAt)).ToListAsync(cancellationToken);
        return (AdminOutcome.Done("found"), new ApiClientRow(client.Id, client.ClientId, client.Name, client.StateCode, client.CreatedAt, client.RevokedAt, secrets));
    }

    public async Task<ApiClientCreation> CreateAsync(ClaimsPrincipal user, ApiClientInputModel input, CancellationToken cancellationToken)
    {
        var scope = StateScope.Of(user);
        var state = scope.IsNational ? input.StateCode : scope.StateCode;
        if (string.IsNullOrEmpty(state) || !await lookups.IsStateAsync(state, cancellationToken))
        {
            return new ApiClientCreation(null, "Choose the State the client submits for.");
        }
        if (!(await authorization.AuthorizeAsync(user, new SubmittingState(state), Policies.SameState)).Succeeded)
        {
            return new ApiClientCreation(null, null, Forbidden: true);
        }
        var (client, secret) = ApiClientSecrets.NewClient(state, input.Name!.Trim(), clock.GetUtcNow().UtcDateTime, UserId(user));
        db.ApiClients.Add(client);
        db.Add(audit.Create(AuditActions.ApiClientCreated, "api-client", client.ClientId, stateCode: state));
        await db.SaveChangesAsync(cancellationToken);
        return new ApiClientCreation(new ApiClientCreatedViewModel(client.ClientId, secret, state, client.Name), null);
    }

    public async Task<AdminOutcome> RevokeAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null)
        {
            return AdminOutcome.NotFound;
        }
        if (!(await authorization.AuthorizeAsync(user, client, Policies.SameState)).Succeeded)
        {
            return AdminOutcome.Forbidden;
        }
        if (client.RevokedAt is null)
        {
            client.RevokedAt = clock.GetUtcNow().UtcDateTime;
            client.RevokedByUserId = UserId(user);
            db.Add(audit.Create(AuditActions.ApiClientRevoked, "api-client", client.ClientId, stateCode: client.StateCode));
            await db.SaveChangesAsync(cancellationToken);
        }
        return AdminOutcome.Done("revoked");
    }

    /// <summary>A second active secret, for a State system to switch to before the old one is revoked.</summary>
    public async Task<ApiClientCreation> AddSecretAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.Include(c => c.Secrets.Where(x => x.RevokedAt == null))
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null)
        {
            return new ApiClientCreation(null, null, NotFound: true);
        }
        if (!(await authorization.AuthorizeAsync(user, client, Policies.SameState)).Succeeded)
        {
            return new ApiClientCreation(null, null, Forbidden: true);
        }
        if (client.RevokedAt is not null)
        {
            return new ApiClientCreation(null, "The client is revoked: create a new client instead.");
        }
        if (client.Secrets.Count >= ApiClientSecrets.MaxActiveSecrets)
        {
            return new ApiClientCreation(null,
                $"The client already has {ApiClientSecrets.MaxActiveSecrets} active secrets. Revoke the one no longer in use first.");
        }
        var (stored, secret) = ApiClientSecrets.NewSecret(clock.GetUtcNow().UtcDateTime);
        client.Secrets.Add(stored);
        db.Add(audit.Create(AuditActions.ApiClientSecretAdded, "api-client", client.ClientId, stateCode: client.StateCode));
        await db.SaveChangesAsync(cancellationToken);
        return new ApiClientCreation(new ApiClientCreatedViewModel(client.ClientId, secret, client.StateCode, client.Name, NewSecretOnly: true), null);
    }

    /// <summary>Revokes one secret: the tokens obtained with it stop working at once. The last active secret stays.</summary>
    public async Task<AdminOutcome> RevokeSecretAsync(ClaimsPrincipal user, long id, long secretId, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.Include(c => c.Secrets.Where(x => x.RevokedAt == null))
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null)
        {
            return AdminOutcome.NotFound;
        }
        if (!(await authorization.AuthorizeAsync(user, client, Policies.SameState)).Succeeded)
        {
            return AdminOutcome.Forbidden;
        }
        var secret = client.Secrets.FirstOrDefault(x => x.Id == secretId);
        if (secret is null)
        {
            return AdminOutcome.NotFound;
        }
        if (client.Secrets.Count == 1)
        {
            return AdminOutcome.Refused("last-secret");
        }
        secret.RevokedAt = clock.GetUtcNow().UtcDateTime;
        db.Add(audit.Create(AuditActions.ApiClientSecretRevoked, "api-client", client.ClientId, stateCode: client.StateCode));
        await db.SaveChangesAsync(cancellationToken);
        return AdminOutcome.Done("secret-revoked");
    }

    private static Guid? UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
