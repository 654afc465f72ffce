using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Data.Configurations;

public sealed class MsixIdHistoryEntryConfiguration : IEntityTypeConfiguration<MsixIdHistoryEntry>
{
    public void Configure(EntityTypeBuilder<MsixIdHistoryEntry> builder)
    {
        builder.ToTable("msix_id_history");
        builder.Property(h => h.Event).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<ConsolidatedStudent>().WithMany().HasForeignKey(h => h.ConsolidatedStudentId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MergeSplitFlag>().WithMany().HasForeignKey(h => h.FlagId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => h.ConsolidatedStudentId);
    }
}
