using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Submissions;

namespace MsixPortal.Data.Configurations;

public sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.HasIndex(s => s.PublicId).IsUnique();
        // Idempotency: the same file (or key) from the same State is applied once; the unique
        // indexes make a concurrent second attempt fail instead of applying twice.
        builder.HasIndex(s => new { s.StateCode, s.ContentSha256 }).IsUnique();
        builder.HasIndex(s => new { s.StateCode, s.IdempotencyKey }).IsUnique();
        builder.HasIndex(s => new { s.StateCode, s.ReceivedAt });
        builder.Property(s => s.StateCode).HasMaxLength(2);
        builder.Property(s => s.ContentSha256).HasMaxLength(64);
        builder.Property(s => s.IdempotencyKey).HasMaxLength(100);
        builder.Property(s => s.Channel).HasMaxLength(10);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(10);
        builder.HasMany(s => s.Errors).WithOne().HasForeignKey(e => e.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SubmissionErrorConfiguration : IEntityTypeConfiguration<SubmissionError>
{
    public void Configure(EntityTypeBuilder<SubmissionError> builder)
    {
        builder.HasIndex(e => new { e.SubmissionId, e.Position });
        builder.Property(e => e.Section).HasMaxLength(20);
    }
}

public sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.HasIndex(c => c.ClientId).IsUnique();
        builder.Property(c => c.ClientId).HasMaxLength(40);
        builder.Property(c => c.StateCode).HasMaxLength(2);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.HasMany(c => c.Secrets).WithOne().HasForeignKey(s => s.ApiClientId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ApiClientSecretConfiguration : IEntityTypeConfiguration<ApiClientSecret>
{
    public void Configure(EntityTypeBuilder<ApiClientSecret> builder)
    {
        builder.HasIndex(s => s.ApiClientId);
        builder.Property(s => s.SecretHash).HasMaxLength(64);
    }
}

public sealed class ApiAccessTokenConfiguration : IEntityTypeConfiguration<ApiAccessToken>
{
    public void Configure(EntityTypeBuilder<ApiAccessToken> builder)
    {
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.ApiClientId);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.Scopes).HasMaxLength(200);
        builder.HasOne<ApiClient>().WithMany().HasForeignKey(t => t.ApiClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApiClientSecret>().WithMany().HasForeignKey(t => t.ApiClientSecretId).OnDelete(DeleteBehavior.Cascade);
    }
}
