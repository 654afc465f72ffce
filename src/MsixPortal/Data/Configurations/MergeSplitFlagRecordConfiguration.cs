using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Data.Configurations;

public sealed class MergeSplitFlagRecordConfiguration : IEntityTypeConfiguration<MergeSplitFlagRecord>
{
    public void Configure(EntityTypeBuilder<MergeSplitFlagRecord> builder)
    {
        builder.HasKey(r => new { r.FlagId, r.StateStudentRecordId });
        builder.HasOne<StateStudentRecord>().WithMany().HasForeignKey(r => r.StateStudentRecordId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
