using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Search;

namespace MsixPortal.Data.Configurations;

public sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        // Data Protection's output (base64url text), not JSON: the criteria are encrypted.
        builder.Property(s => s.Criteria).HasColumnType("text");
        builder.HasIndex(s => s.ExpiresAt);
    }
}
