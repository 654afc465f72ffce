using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Data.Configurations;

public sealed class DataRequestConfiguration : IEntityTypeConfiguration<DataRequest>
{
    public void Configure(EntityTypeBuilder<DataRequest> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.StateCode).HasMaxLength(2);
        builder.Property(r => r.RequesterStateCode).HasMaxLength(2);
        builder.Property(r => r.Kinds).HasMaxLength(100);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.AnswerMessage).HasMaxLength(2000);
        builder.Property(r => r.Version).IsRowVersion().HasColumnName("xmin");
        builder.HasOne<ConsolidatedStudent>().WithMany().HasForeignKey(r => r.ConsolidatedStudentId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Attachment).WithOne().HasForeignKey<DataRequestAttachment>(a => a.DataRequestId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.StateCode, r.Status, r.NeededBy });
        builder.HasIndex(r => new { r.RequesterUserId, r.RequestedAt });
    }
}
