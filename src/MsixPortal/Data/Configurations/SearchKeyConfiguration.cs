using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Search;
using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Data.Configurations;

public sealed class SearchKeyConfiguration : IEntityTypeConfiguration<SearchKey>
{
    public void Configure(EntityTypeBuilder<SearchKey> builder)
    {
        builder.HasKey(k => k.StateStudentRecordId);
        builder.Property(k => k.StateStudentRecordId).ValueGeneratedNever();
        // The keys go with their record; the triggers rebuild them on insert and update.
        builder.HasOne<StateStudentRecord>().WithOne()
            .HasForeignKey<SearchKey>(k => k.StateStudentRecordId).OnDelete(DeleteBehavior.Cascade);

        // Every search path starts from one of these indexes (see docs/decisions/0003-search-keys.md).
        builder.HasIndex(k => k.SoundKeys).HasMethod("gin");
        builder.HasIndex(k => k.BirthDate);
        builder.HasIndex(k => k.StateStudentId);
        builder.HasIndex(k => k.ConsolidatedStudentId);
        // Trigram indexes (pg_trgm) for the fallback path that finds typos no sound code catches.
        builder.HasIndex(k => k.FirstName).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(k => k.LastName).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
