namespace MsixPortal.Features.Home;

public static class HomeServiceCollectionExtensions
{
    /// <summary>The signed-in home page: work counts, recently opened records, a quick search.</summary>
    public static IServiceCollection AddPortalHome(this IServiceCollection services) => services.AddScoped<SignedInHome>();
}
