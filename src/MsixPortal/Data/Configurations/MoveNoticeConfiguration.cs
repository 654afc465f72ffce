using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Data.Configurations;

public sealed class MoveNoticeConfiguration : IEntityTypeConfiguration<MoveNotice>
{
    public void Configure(EntityTypeBuilder<MoveNotice> builder)
    {
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.StateCode).HasMaxLength(2);
        builder.Property(n => n.SenderStateCode).HasMaxLength(2);
        builder.Property(n => n.District).HasMaxLength(100);
        builder.Property(n => n.City).HasMaxLength(100);
        builder.Property(n => n.School).HasMaxLength(100);
        builder.Property(n => n.Comments).HasMaxLength(1000);
        builder.Property(n => n.SenderContact).HasMaxLength(200);
        builder.Property(n => n.OutcomeComment).HasMaxLength(1000);
        builder.Property(n => n.Version).IsRowVersion().HasColumnName("xmin");
        builder.HasOne<ConsolidatedStudent>().WithMany().HasForeignKey(n => n.ConsolidatedStudentId)
            .OnDelete(DeleteBehavior.Restrict);

        // The receiving State's worklist (open first, oldest first) and the sending user's and sending State's "sent" lists.
        builder.HasIndex(n => new { n.StateCode, n.Status, n.DueOn });
        builder.HasIndex(n => new { n.SenderUserId, n.SentAt });
        builder.HasIndex(n => new { n.SenderStateCode, n.SentAt });
    }
}
