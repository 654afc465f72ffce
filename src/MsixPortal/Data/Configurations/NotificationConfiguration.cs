using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Data.Entities.Notifications;

namespace MsixPortal.Data.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(200);
        builder.Property(n => n.Link).HasMaxLength(200);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);

        // The badge counts a user's unread notifications on every page.
        builder.HasIndex(n => new { n.UserId, n.CreatedAt }).HasFilter("read_at IS NULL");

        // Handling an item marks the notifications that link to it.
        builder.HasIndex(n => n.Link);
    }
}
