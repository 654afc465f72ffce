using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Students;

namespace MsixPortal.Data.Configurations;

public sealed class ConsolidatedStudentConfiguration : IEntityTypeConfiguration<ConsolidatedStudent>
{
    public void Configure(EntityTypeBuilder<ConsolidatedStudent> builder)
    {
        builder.ApplyCatalogue();
        builder.Property(s => s.MsixId).IsFixedLength();
        builder.HasIndex(s => s.MsixId).IsUnique();

        // PostgreSQL's system column xmin changes on every update: optimistic concurrency for free.
        builder.Property(s => s.Version).IsRowVersion().HasColumnName("xmin");

        // A merged-away student points at its master; neither row is ever deleted.
        builder.HasOne<ConsolidatedStudent>().WithMany().HasForeignKey(s => s.MergedIntoStudentId)
            .OnDelete(DeleteBehavior.Restrict);

        // A consolidated student is never deleted with its State records: merges and splits move them.
        builder.HasMany(s => s.StateRecords)
            .WithOne(r => r.ConsolidatedStudent)
            .HasForeignKey(r => r.ConsolidatedStudentId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
