using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Search;

namespace MsixPortal.Data.Configurations;

public sealed class NameNicknameConfiguration : IEntityTypeConfiguration<NameNickname>
{
    public void Configure(EntityTypeBuilder<NameNickname> builder)
    {
        builder.HasKey(n => new { n.Nickname, n.FormalName });
        builder.HasData(SpanishNicknames.All);
    }
}
