using System.Collections;

namespace MsixPortal.Tests.Security.Fuzz;

/// <summary>What the fuzz test posts: a plausible value for each field, and the bad values tried one field at a time.</summary>
public static class FuzzValues
{
    /// <summary>Markup, SQL, template, path, bidirectional override, NUL-free control character and a character beyond U+FFFF.</summary>
    public const string Hostile = "<script>alert(1)</script>\"'><img src=x onerror=alert(1)>' OR '1'='1'; DROP TABLE users;-- {{7*7}} ${7*7} ../../etc/passwd \u202Eevil\u202C \u0007 \U0001F600 =cmd|'/c calc'!A1";

    public static IReadOnlyList<(string Label, Func<Type, string> Value)> Bad { get; } =
    [
        ("empty", _ => ""),
        ("too long", _ => new string('x', 20_000)),
        ("wrong type", WrongType),
        ("hostile", _ => Hostile),
    ];

    public static string Plausible(Type type)
    {
        var underlying = Element(type);
        return underlying switch
        {
            _ when underlying == typeof(string) => "TX",
            _ when underlying == typeof(Guid) => Guid.NewGuid().ToString(),
            _ when underlying == typeof(bool) => "true",
            _ when underlying == typeof(DateOnly) || underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset) => "2020-01-31",
            _ when underlying.IsEnum => Enum.GetNames(underlying).First(),
            _ => "1",
        };
    }

    private static string WrongType(Type type) =>
        Element(type) == typeof(string) ? "99999999999999999999999999999999" : "not-a-" + Element(type).Name;

    private static Type Element(Type type)
    {
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            type = type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[0];
        }
        return Nullable.GetUnderlyingType(type) ?? type;
    }
}
