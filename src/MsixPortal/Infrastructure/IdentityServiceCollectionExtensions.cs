using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account;
using MsixPortal.Features.Account.Passwords;
using MsixPortal.Features.Account.Sessions;

namespace MsixPortal.Infrastructure;

/// <summary>
/// ASP.NET Core Identity for users, roles, password hashing and the security stamp, with the gaps
/// of security.md closed here: a non-persistent, server-revocable (user_sessions row) <c>__Host-</c> session cookie with
/// 30 min idle and 12 h absolute limits, a 1 min stamp and status check (SessionLifetime), NIST password rules, and no
/// "remember me"/"remember this device" scheme at all (only the two cookies below exist).
/// </summary>
public static class IdentityServiceCollectionExtensions
{
    public const string SessionCookieName = "__Host-msix";

    public static IServiceCollection AddPortalIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccountOptions>(configuration.GetSection(AccountOptions.SectionName));
        services.AddIdentityCore<PortalUser>(ConfigureIdentity)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();
        // Only the portal's validator: Identity's default one would add composition-rule messages.
        services.RemoveAll<IPasswordValidator<PortalUser>>();
        services.AddScoped<IPasswordValidator<PortalUser>, PortalPasswordValidator>();
        services.AddSingleton<CommonPasswords>();
        services.AddScoped(provider => (PortalSignInManager)provider.GetRequiredService<SignInManager<PortalUser>>());

        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme)
            .AddCookie(PasswordVerifiedScheme.Name);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AccountOptions>, TimeProvider>(ConfigureSessionCookie);
        services.AddOptions<CookieAuthenticationOptions>(PasswordVerifiedScheme.Name)
            .Configure<TimeProvider>(ConfigurePasswordVerifiedCookie);
        services.PostConfigureAll<CookieAuthenticationOptions>(RedirectRelatively);
        return services;
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        // NIST 800-63B: length and a blocklist (PortalPasswordValidator), no composition rules.
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        options.User.RequireUniqueEmail = true;
        // User names are email addresses, which may hold characters Identity's default list lacks.
        options.User.AllowedUserNameCharacters = "";
        // Lockout is counted by SignInFailures (it also counts recovery codes); these mirror its defaults.
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
    }

    private static void ConfigureSessionCookie(CookieAuthenticationOptions options, IOptions<AccountOptions> accounts,
        TimeProvider clock)
    {
        SecureSessionCookie(options, SessionCookieName, clock);
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.ExpireTimeSpan = accounts.Value.IdleTimeout;
        options.SlidingExpiration = true;
        options.LoginPath = "/account/signin";
        options.LogoutPath = "/account/signout";
        options.AccessDeniedPath = "/account/denied";
        options.Events.OnValidatePrincipal = SessionLifetime.ValidatePrincipalAsync;
    }

    private static void ConfigurePasswordVerifiedCookie(CookieAuthenticationOptions options, TimeProvider clock)
    {
        SecureSessionCookie(options, PasswordVerifiedScheme.CookieName, clock);
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.ExpireTimeSpan = PasswordVerifiedScheme.Lifetime;
        options.SlidingExpiration = false;
    }

    /// <summary>
    /// The cookie handler builds absolute redirects from the request's scheme and Host header; a
    /// forged Host would then send the browser elsewhere. Its Location keeps only path and query.
    /// </summary>
    private static void RedirectRelatively(CookieAuthenticationOptions options)
    {
        options.Events.OnRedirectToLogin = RelativeRedirect;
        options.Events.OnRedirectToLogout = RelativeRedirect;
        options.Events.OnRedirectToReturnUrl = RelativeRedirect;
    }

    private static Task RelativeRedirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute)
            ? absolute.PathAndQuery
            : context.RedirectUri;
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }

    /// <summary>__Host- prefix: Secure, Path=/, no Domain. Never persistent: no Expires or Max-Age.</summary>
    private static void SecureSessionCookie(CookieAuthenticationOptions options, string name, TimeProvider clock)
    {
        options.Cookie.Name = name;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.Cookie.HttpOnly = true;
        options.Cookie.Path = "/";
        options.Cookie.IsEssential = true;
        options.Cookie.MaxAge = null;
        options.TimeProvider = clock;
    }
}
