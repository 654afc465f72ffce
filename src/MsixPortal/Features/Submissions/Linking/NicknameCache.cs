using Npgsql;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>
/// The nickname list read from name_nicknames once per process (a singleton): it changes only with a
/// migration, while linking compares names hundreds of thousands of times per submission. Two first
/// calls at the same moment may both read it; the result is the same, so no lock. Read on linking's own
/// connection (<see cref="LinkingService"/>), not through the submission's context, which is busy then.
/// </summary>
public sealed class NicknameCache
{
    private volatile Nicknames? _nicknames;

    public async Task<Nicknames> GetAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (_nicknames is { } loaded)
        {
            return loaded;
        }
        var pairs = new List<(string Nickname, string FormalName)>();
        await using var command = new NpgsqlCommand("SELECT nickname, formal_name FROM name_nicknames", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        }
        return _nicknames = new Nicknames(pairs);
    }
}
