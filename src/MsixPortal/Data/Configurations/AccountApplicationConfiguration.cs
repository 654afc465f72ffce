using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Data.Configurations;

public sealed class AccountApplicationConfiguration : IEntityTypeConfiguration<AccountApplication>
{
    public void Configure(EntityTypeBuilder<AccountApplication> builder)
    {
        builder.Property(a => a.FullName).HasMaxLength(100);
        builder.Property(a => a.Email).HasMaxLength(256);
        builder.Property(a => a.NormalizedEmail).HasMaxLength(256);
        builder.Property(a => a.Phone).HasMaxLength(30);
        builder.Property(a => a.JobTitle).HasMaxLength(100);
        builder.Property(a => a.StateCode).HasMaxLength(2);
        builder.Property(a => a.Organization).HasMaxLength(200);
        builder.Property(a => a.RequestedRole).HasMaxLength(50);
        builder.Property(a => a.GrantedRole).HasMaxLength(50);
        builder.Property(a => a.SupervisorName).HasMaxLength(100);
        builder.Property(a => a.SupervisorEmail).HasMaxLength(256);
        builder.Property(a => a.DecisionReason).HasMaxLength(1000);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(a => a.RulesOfBehaviorVersion).WithMany().HasForeignKey(a => a.RulesOfBehaviorVersionId)
            .OnDelete(DeleteBehavior.Restrict);

        // Administrators list pending applications of their State; duplicates are looked up by email.
        builder.HasIndex(a => new { a.StateCode, a.Status });
        builder.HasIndex(a => a.NormalizedEmail);
    }
}
