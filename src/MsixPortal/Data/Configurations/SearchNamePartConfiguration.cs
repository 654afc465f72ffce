using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Search;

namespace MsixPortal.Data.Configurations;

public sealed class SearchNamePartConfiguration : IEntityTypeConfiguration<SearchNamePart>
{
    public void Configure(EntityTypeBuilder<SearchNamePart> builder) => builder.HasKey(p => p.Raw);
}
