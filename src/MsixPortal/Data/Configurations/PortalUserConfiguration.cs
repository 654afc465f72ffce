using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Data.Configurations;

public sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.ToTable("users");
        builder.HasIndex(u => u.NormalizedEmail).HasDatabaseName("ix_users_normalized_email");
        builder.HasIndex(u => u.NormalizedUserName).HasDatabaseName("ix_users_normalized_user_name");
        builder.Property(u => u.FullName).HasMaxLength(100);
        builder.Property(u => u.StateCode).HasMaxLength(2);
        builder.HasIndex(u => u.StateCode);

        builder.Property(u => u.JobTitle).HasMaxLength(100);
        builder.Property(u => u.Organization).HasMaxLength(200);
        builder.Property(u => u.SupervisorName).HasMaxLength(100);
        builder.Property(u => u.SupervisorEmail).HasMaxLength(256);
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(u => u.DisabledReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(u => u.ProtectedAuthenticatorKey).HasMaxLength(1000);
        builder.Property(u => u.PendingAuthenticatorKey).HasMaxLength(1000);
        builder.HasOne(u => u.RulesOfBehaviorVersion).WithMany().HasForeignKey(u => u.RulesOfBehaviorVersionId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
