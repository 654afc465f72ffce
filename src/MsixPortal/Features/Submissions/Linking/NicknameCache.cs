using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>
/// The nickname list read from name_nicknames once per process (a singleton): it changes only with a
/// migration, while linking compares names hundreds of thousands of times per submission. Two first
/// calls at the same moment may both read it; the result is the same, so no lock.
/// </summary>
public sealed class NicknameCache
{
    private volatile Nicknames? _nicknames;

    public async Task<Nicknames> GetAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (_nicknames is { } loaded)
        {
            return loaded;
        }
        var pairs = await db.NameNicknames.AsNoTracking().Select(n => new { n.Nickname, n.FormalName }).ToListAsync(cancellationToken);
        return _nicknames = new Nicknames(pairs.Select(p => (p.Nickname, p.FormalName)));
    }
}
