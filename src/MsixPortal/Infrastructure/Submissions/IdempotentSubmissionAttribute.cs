using Microsoft.AspNetCore.Mvc;

namespace MsixPortal.Infrastructure.Submissions;

/// <summary>
/// Makes a form POST idempotent (security.md 35): the form carries a submission key (render
/// <c>&lt;partial name="_SubmissionKey" /&gt;</c> inside it), and a second POST with the same key gets
/// the first POST's redirect instead of doing the work again. The action must answer success with
/// a redirect (post/redirect/get); any other answer (e.g. the form again with errors) frees the key.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IdempotentSubmissionAttribute : TypeFilterAttribute
{
    public const string FieldName = "SubmissionKey";

    public IdempotentSubmissionAttribute() : base(typeof(SubmissionKeyFilter))
    {
    }
}
