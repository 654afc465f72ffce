using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Data.Configurations;

public sealed class DataRequestAttachmentConfiguration : IEntityTypeConfiguration<DataRequestAttachment>
{
    public void Configure(EntityTypeBuilder<DataRequestAttachment> builder)
    {
        builder.HasKey(a => a.DataRequestId);
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(50);
    }
}
