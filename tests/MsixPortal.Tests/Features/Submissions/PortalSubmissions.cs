using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Features.Submissions;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions;

/// <summary>Submits test files through the real service and reads the database, each in its own scope.</summary>
internal static class PortalSubmissions
{
    public static async Task<SubmissionResult> SubmitAsync(this PortalAppFactory factory, byte[] file, string state = "TX",
        bool dryRun = false, string? key = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SubmissionService>();
        return await service.SubmitAsync(new SubmissionRequest(state, "operator", IdempotencyKey: key, DryRun: dryRun), new MemoryStream(file));
    }

    public static async Task<T> QueryAsync<T>(this PortalAppFactory factory, Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }
}
