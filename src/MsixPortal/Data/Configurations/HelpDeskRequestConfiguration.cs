using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.HelpDesk;

namespace MsixPortal.Data.Configurations;

public sealed class HelpDeskRequestConfiguration : IEntityTypeConfiguration<HelpDeskRequest>
{
    public void Configure(EntityTypeBuilder<HelpDeskRequest> builder)
    {
        builder.Ignore(r => r.Reference);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Category).HasMaxLength(30);
        builder.Property(r => r.StateCode).HasMaxLength(2);
        builder.Property(r => r.ContactName).HasMaxLength(100);
        builder.Property(r => r.ContactEmail).HasMaxLength(256);
        builder.Property(r => r.TrackingTokenHash).HasMaxLength(64);
        builder.Property(r => r.Message).HasMaxLength(4000);
        builder.Property(r => r.CorrelationId).HasMaxLength(100);
        builder.Property(r => r.DataInvolved).HasMaxLength(200);
        builder.Property(r => r.WhoWasTold).HasMaxLength(1000);
        builder.Property(r => r.Version).IsRowVersion().HasColumnName("xmin");
        builder.HasMany(r => r.Replies).WithOne().HasForeignKey(r => r.HelpDeskRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.Status, r.Kind, r.StateCode });
        builder.HasIndex(r => new { r.ReporterUserId, r.CreatedAt });
        builder.HasIndex(r => r.TrackingTokenHash).IsUnique();
    }
}
