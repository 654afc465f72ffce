using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MsixPortal.Features.Errors;

/// <summary>
/// The error pages never read the request's form: a failed POST is re-executed as a POST with the
/// same body, and a malformed one (a NUL byte, more than 1,024 fields) would fail again while the
/// error page itself binds, turning the 400 into another answer.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NoFormValuesAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        context.ValueProviderFactories.RemoveType<FormValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<FormFileValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
