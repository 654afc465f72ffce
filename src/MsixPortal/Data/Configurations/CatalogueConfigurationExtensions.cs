using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MsixPortal.DataElements;

namespace MsixPortal.Data.Configurations;

/// <summary>Makes the data-element catalogue the one source of column lengths and precisions.</summary>
internal static class CatalogueConfigurationExtensions
{
    /// <summary>
    /// Sets the maximum length of every catalogued string property and the precision of every
    /// catalogued decimal property of <typeparamref name="TEntity"/>.
    /// </summary>
    public static EntityTypeBuilder<TEntity> ApplyCatalogue<TEntity>(this EntityTypeBuilder<TEntity> builder)
        where TEntity : class
    {
        foreach (var element in DataElementCatalogue.ForEntity(typeof(TEntity)))
        {
            var property = builder.Property(element.Property);
            if (element.MaxLength is { } maxLength && property.Metadata.ClrType == typeof(string))
            {
                property.HasMaxLength(maxLength);
            }
            if (element is { Precision: { } precision, Scale: { } scale })
            {
                property.HasPrecision(precision, scale);
            }
        }
        return builder;
    }
}
