using MsixPortal.Features.Applications;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Users;

namespace MsixPortal.Infrastructure;

public static class UserAdministrationServiceCollectionExtensions
{
    /// <summary>The administrators' pages: account applications, user accounts and the audit trail.</summary>
    public static IServiceCollection AddPortalUserAdministration(this IServiceCollection services)
    {
        services.AddScoped<AuditLogService>();
        services.AddScoped<AuditTargets>();
        services.AddScoped<ApplicationReviewService>();
        services.AddScoped<UserDirectoryService>();
        services.AddScoped<UserAccessService>();
        services.AddScoped<AdministratorReauthentication>();
        return services;
    }
}
