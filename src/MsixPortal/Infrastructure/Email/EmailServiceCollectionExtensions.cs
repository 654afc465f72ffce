namespace MsixPortal.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>SMTP (MailKit) when <c>Email:Smtp:Host</c> is set; otherwise .eml files in a pickup folder.</summary>
    public static IServiceCollection AddPortalEmail(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(EmailOptions.SectionName);
        services.Configure<EmailOptions>(section);
        if (string.IsNullOrWhiteSpace(section["Smtp:Host"]))
        {
            services.AddSingleton<IPortalEmailSender, PickupFolderEmailSender>();
        }
        else
        {
            services.AddSingleton<IPortalEmailSender, SmtpEmailSender>();
        }
        services.AddSingleton<DeferredEmails>();
        services.AddHostedService<BackgroundEmailSender>();
        return services;
    }
}
