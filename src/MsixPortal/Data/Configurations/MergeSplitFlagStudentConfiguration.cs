using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Data.Configurations;

public sealed class MergeSplitFlagStudentConfiguration : IEntityTypeConfiguration<MergeSplitFlagStudent>
{
    public void Configure(EntityTypeBuilder<MergeSplitFlagStudent> builder)
    {
        builder.HasKey(s => new { s.FlagId, s.ConsolidatedStudentId });
        builder.HasOne<ConsolidatedStudent>().WithMany().HasForeignKey(s => s.ConsolidatedStudentId)
            .OnDelete(DeleteBehavior.Restrict);

        // The lock: a student can be in only one unresolved flag, enforced by the database even
        // when two users flag at the same moment.
        builder.HasIndex(s => s.ConsolidatedStudentId).IsUnique().HasFilter("is_locked")
            .HasDatabaseName("ux_merge_split_flag_students_locked");
    }
}
