using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Data.Configurations;

public sealed class MergeSplitFlagConfiguration : IEntityTypeConfiguration<MergeSplitFlag>
{
    public void Configure(EntityTypeBuilder<MergeSplitFlag> builder)
    {
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Reason).HasMaxLength(1000);
        builder.Property(f => f.DecisionComment).HasMaxLength(1000);
        builder.Property(f => f.FlaggedByStateCode).HasMaxLength(2);
        builder.Property(f => f.Version).IsRowVersion().HasColumnName("xmin");
        builder.HasOne<ConsolidatedStudent>().WithMany().HasForeignKey(f => f.MasterStudentId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Students).WithOne().HasForeignKey(s => s.FlagId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Records).WithOne().HasForeignKey(r => r.FlagId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.Status, f.FlaggedAt });
    }
}
