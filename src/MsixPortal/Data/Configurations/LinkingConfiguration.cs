using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Linking;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.Entities.Submissions;

namespace MsixPortal.Data.Configurations;

public sealed class NearMatchItemConfiguration : IEntityTypeConfiguration<NearMatchItem>
{
    public void Configure(EntityTypeBuilder<NearMatchItem> builder)
    {
        builder.HasIndex(n => n.PublicId).IsUnique();
        builder.HasIndex(n => new { n.StateCode, n.Status });
        builder.HasIndex(n => n.StateStudentRecordId);
        builder.Property(n => n.StateCode).HasMaxLength(2);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(n => n.Score).HasPrecision(6, 2);
        builder.Property(n => n.Explanation).HasColumnType("jsonb");
        builder.Property(n => n.Version).IsRowVersion().HasColumnName("xmin");
        builder.HasOne<Submission>().WithMany().HasForeignKey(n => n.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StateStudentRecord>().WithMany().HasForeignKey(n => n.StateStudentRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ConsolidatedStudent>().WithMany().HasForeignKey(n => n.CandidateConsolidatedStudentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class NoMatchDecisionConfiguration : IEntityTypeConfiguration<NoMatchDecision>
{
    public void Configure(EntityTypeBuilder<NoMatchDecision> builder)
    {
        builder.HasIndex(d => new { d.StateCode, d.StateStudentId, d.ConsolidatedStudentId }).IsUnique();
        builder.Property(d => d.StateCode).HasMaxLength(2);
        builder.Property(d => d.StateStudentId).HasMaxLength(15);
    }
}

public sealed class MatchKeyConfiguration : IEntityTypeConfiguration<MatchKey>
{
    public void Configure(EntityTypeBuilder<MatchKey> builder)
    {
        builder.HasKey(k => new { k.Key, k.StateStudentRecordId });
        builder.HasIndex(k => k.StateStudentRecordId);
        // Compared byte by byte: a code, never sorted for a reader; strcoll cost every lookup and insert.
        builder.Property(k => k.Key).HasMaxLength(80).UseCollation("C");
        // No foreign key: its check cost a third of every key's insert (a submission writes ~9 keys a record).
        // The keys are written only for records written in the same transaction, and a statement trigger on
        // state_student_records deletes the keys of deleted records (migration MatchKeysWithoutForeignKey).
    }
}
