using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.MsixIds;
using MsixPortal.Features.Audit;

namespace MsixPortal.Features.Records.AccessLog;

/// <summary>Reads the audit trail for one child's record, for the States that submitted it.</summary>
public sealed class RecordAccessLogService(PortalDbContext db, RecordLoader loader, IAuthorizationService authorization, AuditTrail audit)
{
    public const int MaxEntries = 500;

    private static readonly string[] AccessActions = [AuditActions.RecordViewed, AuditActions.RecordPrinted, AuditActions.RecordExported];

    public async Task<AccessLogResult> GetAsync(string msixId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!MsixId.IsValid(msixId))
        {
            return new AccessLogResult.NotFound();
        }
        var states = await loader.StatesOfAsync(msixId, cancellationToken);
        if (states.Count == 0)
        {
            return new AccessLogResult.NotFound();
        }
        var resource = new RecordStates(states.ToHashSet(StringComparer.OrdinalIgnoreCase));
        if (!(await authorization.AuthorizeAsync(user, resource, Policies.ViewRecordAccessLog)).Succeeded)
        {
            return new AccessLogResult.Forbidden();
        }
        var entries = await EntriesAsync(msixId, cancellationToken);
        await audit.RecordAsync(AuditActions.AuditLogViewed, RecordAudit.TargetType, msixId, concerns: states, cancellationToken: cancellationToken);
        return new AccessLogResult.Found(new RecordAccessLogViewModel(msixId, [.. entries.Take(MaxEntries)], entries.Count > MaxEntries));
    }

    private Task<List<RecordAccessEntryViewModel>> EntriesAsync(string msixId, CancellationToken cancellationToken) =>
        (from e in db.AuditEvents
         where e.TargetType == RecordAudit.TargetType && e.TargetId == msixId && AccessActions.Contains(e.Action)
         join u in db.Users on e.UserId equals u.Id into users
         from u in users.DefaultIfEmpty()
         orderby e.OccurredAt descending, e.Id descending
         select new RecordAccessEntryViewModel(
             u == null ? "(unknown user)" : u.FullName + " <" + u.Email + ">",
             e.UserRoles ?? "", e.StateCode, e.OccurredAt, e.Action, e.Detail))
        .Take(MaxEntries + 1)
        .ToListAsync(cancellationToken);
}

/// <summary>The outcome of an access-log request.</summary>
public abstract record AccessLogResult
{
    public sealed record NotFound : AccessLogResult;

    public sealed record Forbidden : AccessLogResult;

    public sealed record Found(RecordAccessLogViewModel Log) : AccessLogResult;
}
