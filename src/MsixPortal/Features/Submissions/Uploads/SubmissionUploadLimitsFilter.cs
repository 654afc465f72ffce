using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace MsixPortal.Features.Submissions.Uploads;

/// <summary>
/// Sets the request-body and multipart limits of a submission endpoint from
/// <see cref="SubmissionSettings.MaxFileBytes"/> before antiforgery reads the form. The limit leaves
/// room above the file limit, so that a file somewhat too big reaches <see cref="StagedFile"/>, which
/// refuses it with a clear message; only a far bigger request is cut off by the server.
/// </summary>
public sealed class SubmissionUploadLimitsFilter(IOptions<SubmissionSettings> options) : IAuthorizationFilter
{
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var limit = (options.Value.MaxFileBytes * 2) + (1024 * 1024);
        var features = context.HttpContext.Features;
        if (features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }
        if (features.Get<IFormFeature>()?.Form is null && context.HttpContext.Request.HasFormContentType)
        {
            features.Set<IFormFeature>(new FormFeature(context.HttpContext.Request,
                new FormOptions { MultipartBodyLengthLimit = limit }));
        }
    }
}

/// <summary>Applies <see cref="SubmissionUploadLimitsFilter"/> to an action.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class SubmissionUploadLimitsAttribute : TypeFilterAttribute
{
    public SubmissionUploadLimitsAttribute() : base(typeof(SubmissionUploadLimitsFilter))
    {
        // Before the global antiforgery filter (order 1000), which reads the form.
        Order = -3000;
    }
}
