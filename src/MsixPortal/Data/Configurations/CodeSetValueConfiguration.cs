using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Data.CodeSets;
using MsixPortal.Data.Entities.CodeSets;

namespace MsixPortal.Data.Configurations;

public sealed class CodeSetValueConfiguration : IEntityTypeConfiguration<CodeSetValue>
{
    public void Configure(EntityTypeBuilder<CodeSetValue> builder)
    {
        builder.HasKey(v => new { v.CodeSet, v.Code });
        builder.Property(v => v.CodeSet).HasMaxLength(40);
        builder.Property(v => v.Code).HasMaxLength(100);
        builder.Property(v => v.Label).HasMaxLength(200);
        builder.Property(v => v.Extra).HasMaxLength(50);

        builder.HasData(CodeSetSeed.All.SelectMany(set => set.Values.Select((value, index) => new CodeSetValue
        {
            CodeSet = set.Name, Code = value.Code, Label = value.Label, SortOrder = (index + 1) * 10, Extra = value.Extra,
        })));
    }
}
