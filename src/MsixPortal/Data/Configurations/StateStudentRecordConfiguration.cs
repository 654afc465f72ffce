using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Data.Configurations;

public sealed class StateStudentRecordConfiguration : IEntityTypeConfiguration<StateStudentRecord>
{
    public void Configure(EntityTypeBuilder<StateStudentRecord> builder)
    {
        builder.ApplyCatalogue();

        // A State's student ID names one child within that State.
        builder.HasIndex(r => new { r.StateCode, r.StateStudentId }).IsUnique();
        builder.HasIndex(r => r.ConsolidatedStudentId);

        // The repeating rows belong to the State record: they go when it goes.
        builder.HasMany(r => r.AlternateIds).WithOne(x => x.StateStudentRecord)
            .HasForeignKey(x => x.StateStudentRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.QualifyingMoves).WithOne(x => x.StateStudentRecord)
            .HasForeignKey(x => x.StateStudentRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Enrollments).WithOne(x => x.StateStudentRecord)
            .HasForeignKey(x => x.StateStudentRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Courses).WithOne(x => x.StateStudentRecord)
            .HasForeignKey(x => x.StateStudentRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Assessments).WithOne(x => x.StateStudentRecord)
            .HasForeignKey(x => x.StateStudentRecordId).OnDelete(DeleteBehavior.Cascade);
    }
}
