using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.Authorization;

namespace MsixPortal.Data.Configurations;

/// <summary>The five portal roles exist in every database: seeded here, with fixed IDs, by migration.</summary>
public sealed class PortalRoleSeedConfiguration : IEntityTypeConfiguration<IdentityRole<Guid>>
{
    private static readonly Guid[] RoleIds =
    [
        new("0b5b3e1c-0001-4c1e-9a51-7d3f7c6a0001"),
        new("0b5b3e1c-0002-4c1e-9a51-7d3f7c6a0002"),
        new("0b5b3e1c-0003-4c1e-9a51-7d3f7c6a0003"),
        new("0b5b3e1c-0004-4c1e-9a51-7d3f7c6a0004"),
        new("0b5b3e1c-0005-4c1e-9a51-7d3f7c6a0005"),
    ];

    public void Configure(EntityTypeBuilder<IdentityRole<Guid>> builder) =>
        builder.HasData(PortalRoles.All.Select((name, index) => new IdentityRole<Guid>
        {
            Id = RoleIds[index],
            Name = name,
            NormalizedName = name.ToUpperInvariant(),
            ConcurrencyStamp = RoleIds[index].ToString(),
        }));
}
