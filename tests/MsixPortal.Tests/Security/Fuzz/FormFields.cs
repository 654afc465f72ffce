using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MsixPortal.Tests.Security.Fuzz;

/// <summary>A form field an action binds, by the name a form posts it under, and the .NET type it binds to.</summary>
public sealed record FormField(string Name, Type Type);

/// <summary>
/// The form fields each endpoint's action binds, read from its parameters (and their public
/// settable properties, one level of nesting) the way MVC model binding names them, so that a
/// field added to an action is fuzzed without editing the test.
/// </summary>
public static class FormFields
{
    public static IReadOnlyList<FormField> Of(IServiceProvider services, string method, string route)
    {
        var action = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => "/" + e.RoutePattern.RawText?.TrimStart('/') == route)
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(method) ?? true)
            .Select(e => e.Metadata.GetMetadata<ControllerActionDescriptor>())
            .FirstOrDefault(a => a is not null);
        if (action is null)
        {
            return [];
        }
        return action.Parameters
            .Where(p => p.BindingInfo?.BindingSource is not { } source
                || source == BindingSource.Form || source == BindingSource.ModelBinding || source == BindingSource.Query)
            .Where(p => !action.RouteValues.ContainsKey(p.Name) && !IsRouteParameter(action, p.Name))
            .SelectMany(p => Expand(p.Name, p.ParameterType, depth: 0, topLevel: true))
            .DistinctBy(f => f.Name)
            .ToList();
    }

    private static bool IsRouteParameter(ControllerActionDescriptor action, string name) =>
        action.AttributeRouteInfo?.Template?.Contains("{" + name, StringComparison.OrdinalIgnoreCase) == true;

    private static IEnumerable<FormField> Expand(string name, Type type, int depth, bool topLevel)
    {
        if (type == typeof(CancellationToken) || typeof(IFormFile).IsAssignableFrom(type) || typeof(IFormFileCollection).IsAssignableFrom(type))
        {
            return [];
        }
        if (IsSimple(type) || IsCollectionOfSimple(type) || depth > 1)
        {
            return [new FormField(name, type)];
        }
        // A complex parameter binds its properties without the parameter's name as prefix (no prefixed
        // values posted); a nested complex property binds with its own name as prefix ("Input.LastName").
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite || p.SetMethod is not null)
            .SelectMany(p => Expand(topLevel ? p.Name : $"{name}.{p.Name}", p.PropertyType, depth + 1, topLevel: false));
    }

    public static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal)
            || underlying == typeof(Guid) || underlying == typeof(DateTime) || underlying == typeof(DateOnly)
            || underlying == typeof(DateTimeOffset) || underlying == typeof(TimeOnly) || underlying == typeof(TimeSpan);
    }

    private static bool IsCollectionOfSimple(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)
        && (type.IsArray ? IsSimple(type.GetElementType()!) : type.GetGenericArguments() is [var element] && IsSimple(element));
}
