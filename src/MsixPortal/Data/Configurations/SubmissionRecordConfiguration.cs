using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Notifications;

namespace MsixPortal.Data.Configurations;

public sealed class SubmissionRecordConfiguration : IEntityTypeConfiguration<SubmissionRecord>
{
    public void Configure(EntityTypeBuilder<SubmissionRecord> builder)
    {
        // Keyed by user too: one user's key never answers with another user's result.
        builder.HasKey(s => new { s.UserId, s.SubmissionKey });
        builder.Property(s => s.ResultLocation).HasMaxLength(500);
        builder.HasIndex(s => s.CreatedAt);
    }
}
