using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Audit;

namespace MsixPortal.Data.Configurations;

public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(100);
        builder.Property(a => a.UserRoles).HasMaxLength(200);
        builder.Property(a => a.StateCode).HasMaxLength(2);
        builder.Property(a => a.TargetType).HasMaxLength(100);
        builder.Property(a => a.TargetId).HasMaxLength(100);
        builder.Property(a => a.ClientIp).HasMaxLength(45);
        builder.Property(a => a.CorrelationId).HasMaxLength(100);

        // The audit views ask: what happened lately, to this record, in this State, by this user.
        builder.HasIndex(a => a.OccurredAt);
        builder.HasIndex(a => new { a.TargetType, a.TargetId });
        builder.HasIndex(a => a.StateCode);
        builder.HasIndex(a => a.UserId);
        builder.HasIndex(a => a.ConcernedStateCodes).HasMethod("gin");
    }
}
