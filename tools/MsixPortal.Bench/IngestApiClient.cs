using MsixPortal.Data;
using MsixPortal.Features.Submissions.Api;

namespace MsixPortal.Bench;

/// <summary>
/// <c>ingest-api-client --connection CS --state XX</c>: stores an API client of the State, as a State
/// administrator would create one on the API clients page, and prints its ID and secret (tab-separated)
/// for scripts/bench/ingest.sh to submit through <c>POST /api/v1/submissions</c>.
/// </summary>
public static class IngestApiClient
{
    public static async Task<int> CreateAsync(BenchArguments options)
    {
        var (client, secret) = ApiClientSecrets.NewClient(options.Required("state"), "Ingest benchmark", DateTime.UtcNow, createdByUserId: null);
        await using var db = new PortalDbContext(PortalDbContextOptions.For(options.Required("connection")));
        db.ApiClients.Add(client);
        await db.SaveChangesAsync();
        Console.WriteLine($"{client.ClientId}\t{secret}");
        return 0;
    }
}
