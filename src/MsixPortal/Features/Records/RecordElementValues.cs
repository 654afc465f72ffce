using System.Collections.Frozen;
using System.Linq.Expressions;
using MsixPortal.DataElements;

namespace MsixPortal.Features.Records;

/// <summary>
/// Reads a data element's value from the entity that stores it, by the catalogue's entity and
/// property names, through getters compiled once. Views and exports list elements from the
/// catalogue, so a new element shows up everywhere without new view code.
/// </summary>
public static class RecordElementValues
{
    private static readonly FrozenDictionary<string, Func<object, object?>> Getters =
        DataElementCatalogue.All.ToFrozenDictionary(e => e.Key, Compile, StringComparer.Ordinal);

    /// <summary>The typed value (string, DateOnly, bool, int, decimal), or null when none was sent.</summary>
    public static object? Get(DataElement element, object entity)
    {
        var value = Getters[element.Key](entity);
        return value is string text && string.IsNullOrWhiteSpace(text) ? null : value;
    }

    private static Func<object, object?> Compile(DataElement element)
    {
        var entity = Expression.Parameter(typeof(object), "entity");
        var property = Expression.Property(Expression.Convert(entity, element.Entity), element.Property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(property, typeof(object)), entity).Compile();
    }
}
