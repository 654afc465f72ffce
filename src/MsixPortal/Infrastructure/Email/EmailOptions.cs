namespace MsixPortal.Infrastructure.Email;

/// <summary>Settings under <c>Email</c>: SMTP when <c>Email:Smtp:Host</c> is set, otherwise a pickup folder.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public string From { get; set; } = "MSIX Portal <no-reply@msix.example>";

    /// <summary>Folder for .eml files when no SMTP host is set; relative paths are under the content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }
        public int Port { get; set; } = 587;

        /// <summary>STARTTLS (or implicit TLS on port 465). Only a local mail catcher should turn it off.</summary>
        public bool UseTls { get; set; } = true;

        public string? User { get; set; }
        public string? Password { get; set; }
    }
}
