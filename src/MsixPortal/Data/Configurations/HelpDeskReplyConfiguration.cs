using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.HelpDesk;

namespace MsixPortal.Data.Configurations;

public sealed class HelpDeskReplyConfiguration : IEntityTypeConfiguration<HelpDeskReply>
{
    public void Configure(EntityTypeBuilder<HelpDeskReply> builder)
    {
        builder.Property(r => r.Text).HasMaxLength(4000);
        builder.HasIndex(r => new { r.HelpDeskRequestId, r.CreatedAt });
    }
}
