using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;

namespace MsixPortal.TestSupport;

public static class FactoryDatabaseExtensions
{
    /// <summary>Runs <paramref name="work"/> with a fresh DbContext of the app under test (arrange and assert).</summary>
    public static async Task<T> WithDbAsync<T>(this PortalAppFactory factory, Func<PortalDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public static Task WithDbAsync(this PortalAppFactory factory, Func<PortalDbContext, Task> work) =>
        factory.WithDbAsync(async db =>
        {
            await work(db);
            return true;
        });
}
