using Microsoft.AspNetCore.Mvc.Razor;
using MsixPortal.Features.Account;
using MsixPortal.Features.Account.Activation;
using MsixPortal.Features.Account.Apply;
using MsixPortal.Features.Account.Enrolment;
using MsixPortal.Features.Account.Lifecycle;
using MsixPortal.Features.Account.PasswordReset;
using MsixPortal.Features.Account.Passwords;
using MsixPortal.Features.Account.Tokens;
using MsixPortal.Features.Account.Notice;
using MsixPortal.Features.Account.RateLimits;
using MsixPortal.Features.Account.Recertification;
using MsixPortal.Features.Account.Sessions;
using MsixPortal.Features.Account.SignIn;
using MsixPortal.Features.Account.Totp;

namespace MsixPortal.Infrastructure;

/// <summary>The account feature: notice, application, activation, enrolment, sign-in, lifecycle.</summary>
public static class AccountServiceCollectionExtensions
{
    public static IServiceCollection AddPortalAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalSignInRateLimits(configuration);
        services.AddAuthorizationBuilder()
            .AddPolicy(AccountPolicies.SignedInBeforeMfa, policy => policy.RequireAuthenticatedUser());
        // The account pages live in Features/Account/<Controller>/ (PostConfigure: AddPortalWeb resets the list).
        services.PostConfigure<RazorViewEngineOptions>(options =>
            options.ViewLocationFormats.Add("/Features/Account/{1}/{0}.cshtml"));

        services.AddSingleton<NoticeAcceptance>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddSingleton<TotpVerifier>();
        services.AddSingleton<AuthenticatorKeys>();
        services.AddScoped<TotpStepRecorder>();
        services.AddScoped<RecoveryCodes>();
        services.AddScoped<RulesOfBehavior>();
        services.AddScoped<RecertificationPolicy>();
        services.AddScoped<SessionSignIn>();
        services.AddScoped<UserSessions>();
        services.AddScoped<SignInFailures>();
        services.AddScoped<PasswordCheck>();
        services.AddScoped<SecondFactorCheck>();
        services.AddScoped<SignInFlow>();
        services.AddScoped<AccountApplications>();
        services.AddScoped<AccountTokens>();
        services.AddScoped<PasswordSetter>();
        services.AddScoped<AccountActivation>();
        services.AddScoped<AuthenticatorEnrolment>();
        services.AddScoped<PasswordResets>();
        services.AddScoped<Recertifications>();
        services.AddScoped<AuthenticatorReset>();
        services.AddScoped<TrainingReminders>();
        services.AddScoped<ExpiredSessions>();
        services.AddHostedService<AccountMaintenanceJob>();
        services.AddScoped<Operations.DemoAccountSeeder>();
        services.AddScoped<Operations.AdminBootstrap>();
        services.AddSingleton<PortalLinks>();
        return services;
    }

    /// <summary>Authentication, the enrolment/re-certification gate, rate limits, authorization, in that order.</summary>
    public static WebApplication UsePortalAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<AccountGateMiddleware>();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
