using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Data.Configurations;

public sealed class RulesOfBehaviorVersionConfiguration : IEntityTypeConfiguration<RulesOfBehaviorVersion>
{
    public void Configure(EntityTypeBuilder<RulesOfBehaviorVersion> builder)
    {
        builder.Property(r => r.Version).HasMaxLength(20);
        builder.HasIndex(r => r.Version).IsUnique();
        builder.HasIndex(r => r.PublishedAt);

        // The first text ships with the database; national administrators publish later versions.
        builder.HasData(new RulesOfBehaviorVersion
        {
            Id = 1,
            Version = "2026.1",
            PublishedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            Text = InitialText,
        });
    }

    private const string InitialText =
        """
        1. I will use the MSIX Portal only to place, enroll, serve and transfer the records of migratory children, as my job requires.
        2. I will look up and view only the records I need for that work. Every search, view and export is recorded.
        3. I will not share my password, authenticator or recovery codes, and I will not let anyone else use my session.
        4. I will protect student information in every form: on screen, on paper and in exported files. I will not email it, store it on personal devices or post it anywhere.
        5. I will destroy printed or exported records securely when I no longer need them.
        6. I will report a lost authenticator, a suspected disclosure or any misuse to my State user administrator at once.
        7. I will complete cybersecurity and privacy training before I use the portal and every year after.
        8. I understand that misuse can lead to the loss of access and to civil or criminal penalties under FERPA and other law.
        """;
}
