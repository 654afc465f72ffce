using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Features.Records;

namespace MsixPortal.Features.Audit;

/// <summary>
/// An audit row's target as a person reads it: a child by MSIX ID (some rows keep the internal record
/// number, which nobody outside the database knows), an account by email, anything else by its kind
/// and reference. One query per kind for a whole page or export.
/// </summary>
public sealed class AuditTargets(PortalDbContext db)
{
    private const string InternalStudentTarget = "consolidated-student";
    private const string UserTarget = "user";

    public async Task<Dictionary<(string? Type, string? Id), string>> DescribeAsync(IEnumerable<(string? Type, string? Id)> targets,
        CancellationToken cancellationToken)
    {
        var distinct = targets.Distinct().ToList();
        var studentIds = distinct.Where(t => t.Type == InternalStudentTarget).SelectMany(t => Numbers(t.Id)).Distinct().ToList();
        var msixIds = studentIds.Count == 0 ? [] : await db.ConsolidatedStudents.AsNoTracking()
            .Where(s => studentIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.MsixId, cancellationToken);
        var userIds = distinct.Where(t => t.Type == UserTarget).Select(t => Guid.TryParse(t.Id, out var id) ? id : (Guid?)null)
            .OfType<Guid>().Distinct().ToList();
        var emails = userIds.Count == 0 ? [] : await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? "", cancellationToken);
        return distinct.ToDictionary(t => t, t => Describe(t.Type, t.Id, msixIds, emails));
    }

    private static string Describe(string? type, string? id, Dictionary<long, string> msixIds, Dictionary<Guid, string> emails) => type switch
    {
        null => id ?? "",
        RecordAudit.TargetType => $"Child record {id}",
        InternalStudentTarget => "Child records " + string.Join(", ", Numbers(id).Select(n => msixIds.GetValueOrDefault(n, "(removed record)"))),
        UserTarget when Guid.TryParse(id, out var user) && emails.TryGetValue(user, out var email) => $"Account {email}",
        _ => $"{AuditActionNames.Describe(type)} {id}".TrimEnd(),
    };

    private static IEnumerable<long> Numbers(string? ids) =>
        (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (long?)null)
            .OfType<long>();
}
