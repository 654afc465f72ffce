using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.CodeSets;
using MsixPortal.Data.Entities.CodeSets;

namespace MsixPortal.Data.Configurations;

public sealed class CodeSetConfiguration : IEntityTypeConfiguration<CodeSet>
{
    public void Configure(EntityTypeBuilder<CodeSet> builder)
    {
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(40);
        builder.Property(s => s.Description).HasMaxLength(500);
        builder.Property(s => s.Certainty).HasMaxLength(1).IsFixedLength();
        builder.HasMany(s => s.Values).WithOne().HasForeignKey(v => v.CodeSet).OnDelete(DeleteBehavior.Cascade);

        builder.HasData(CodeSetSeed.All.Select(s => new CodeSet
        {
            Name = s.Name, Description = s.Description, Certainty = s.Certainty.ToString(),
        }));
    }
}
