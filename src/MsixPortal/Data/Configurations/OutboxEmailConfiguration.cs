using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Notifications;

namespace MsixPortal.Data.Configurations;

public sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.Property(e => e.To).HasMaxLength(256);
        builder.Property(e => e.Subject).HasMaxLength(200);
        builder.Property(e => e.TextBody).HasMaxLength(4000);
        builder.Property(e => e.LastError).HasMaxLength(200);

        // The processor reads the unsent emails that are due, oldest first.
        builder.HasIndex(e => e.NextAttemptAt).HasFilter("sent_at IS NULL");
    }
}
