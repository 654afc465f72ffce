using Microsoft.EntityFrameworkCore;

namespace MsixPortal.Data.MsixIds;

/// <summary>Takes new MSIX IDs from the database sequence; numbers taken and not used are simply skipped.</summary>
public sealed class MsixIdGenerator(PortalDbContext db)
{
    /// <summary>One new MSIX ID.</summary>
    public async Task<string> NextAsync(CancellationToken cancellationToken = default) =>
        (await NextAsync(1, cancellationToken))[0];

    /// <summary><paramref name="count"/> new MSIX IDs in one round trip, in ascending order.</summary>
    public async Task<IReadOnlyList<string>> NextAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var numbers = await db.Database
            .SqlQuery<long>($"SELECT nextval('msix_id_seq') AS \"Value\" FROM generate_series(1, {count})")
            .ToListAsync(cancellationToken);
        numbers.Sort();
        return numbers.Select(MsixId.FromSequenceNumber).ToArray();
    }
}
