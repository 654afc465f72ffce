using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using MsixPortal.Authorization;
using MsixPortal.Features.Records.AccessLog;

namespace MsixPortal.Infrastructure;

public static class AuthorizationServiceCollectionExtensions
{
    /// <summary>
    /// Every request needs a signed-in user who completed MFA unless its endpoint says
    /// [AllowAnonymous]; permission policies come from <see cref="RolePermissions"/>.
    /// </summary>
    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services)
    {
        var signedInWithMfa = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireClaim(PortalClaimTypes.AuthenticationMethod, PortalClaimTypes.MultiFactor)
            .Build();

        var builder = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(signedInWithMfa)
            .SetDefaultPolicy(signedInWithMfa)
            // Stop at the first failed requirement: later handlers may query the database.
            .SetInvokeHandlersAfterFailure(false);

        foreach (var permission in Enum.GetValues<Permission>())
        {
            builder.AddPolicy(permission.ToString(), policy => policy
                .Combine(signedInWithMfa)
                .RequireRole(RolePermissions.RolesWith(permission)));
        }

        builder.AddPolicy(Policies.SameState, policy => policy
            .Combine(signedInWithMfa)
            .AddRequirements(new SameStateRequirement()));
        builder.AddPolicy(Policies.AdministerAccount, policy => policy
            .Combine(signedInWithMfa)
            .RequireRole(RolePermissions.RolesWith(Permission.ManageUsers))
            .AddRequirements(new SameStateRequirement(), new NotOwnAccountRequirement(), new RoleCeilingRequirement()));
        builder.AddPolicy(Policies.DecideApplication, policy => policy
            .Combine(signedInWithMfa)
            .RequireRole(RolePermissions.RolesWith(Permission.ApproveApplications))
            .AddRequirements(new SameStateRequirement(), new NotOwnAccountRequirement(), new RoleCeilingRequirement()));
        builder.AddPolicy(Policies.FlagRecords, policy => policy
            .Combine(signedInWithMfa)
            .RequireRole(RolePermissions.RolesWith(Permission.FlagMergeSplit))
            .AddRequirements(new RecordInStateRequirement()));
        builder.AddPolicy(Policies.DecideMergeSplit, policy => policy
            .Combine(signedInWithMfa)
            .RequireRole(RolePermissions.RolesWith(Permission.ValidateMergeSplit))
            .AddRequirements(new RecordInStateRequirement(), new NotFlaggerRequirement()));

        builder.AddPolicy(Policies.ViewRecordAccessLog, policy => policy
            .Combine(signedInWithMfa)
            .AddRequirements(new RecordAccessLogRequirement()));

        services.AddSingleton<IAuthorizationHandler, SameStateHandler>();
        services.AddSingleton<IAuthorizationHandler, RecordAccessLogHandler>();
        services.AddSingleton<IAuthorizationHandler, RecordInStateHandler>();
        services.AddSingleton<IAuthorizationHandler, NotFlaggerHandler>();
        services.AddSingleton<IAuthorizationHandler, RoleCeilingHandler>();
        services.AddScoped<IAuthorizationHandler, NotOwnAccountHandler>();

        // A signed-in user who may not do something gets a plain 403 (rendered by the status code
        // pages), not the cookie handler's redirect to an access-denied page.
        services.PostConfigureAll<CookieAuthenticationOptions>(options =>
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            });
        return services;
    }
}
