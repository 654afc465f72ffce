using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Features.Submissions.Format;
using MsixPortal.Features.SyntheticData.GroundTruth;

namespace MsixPortal.Features.SyntheticData.Incoming;

/// <summary>
/// A realistic mix of new records from one State against a loaded population, with the truth to measure
/// linking by: updates of the State's own records, children known from other States (both twins of a
/// pair together), and new children (from another seed's population, so never in the database).
/// </summary>
public sealed class IncomingMix(SyntheticGroundTruth truth, GeneratorSettings settings)
{
    /// <summary>Seed offset of the population new children come from.</summary>
    private const int NewChildSeedOffset = 7919;

    private readonly Dictionary<long, TrueChild> _children = truth.Children.ToDictionary(c => c.ChildNumber);
    private readonly SyntheticPopulation _others = new(settings with { Seed = settings.Seed + NewChildSeedOffset });

    /// <summary>New children already handed out: each mix gets children no earlier mix sent (else they would be known).</summary>
    private int _othersUsed;

    /// <summary>Up to <paramref name="count"/> of the State's loaded records, for the caller to read back and resend as updates.</summary>
    public IReadOnlyList<TruthRecord> PickUpdates(string state, int count, Random random) =>
        [.. truth.Records.Where(r => r.StateCode == state).OrderBy(_ => random.Next()).Take(count)];

    /// <summary>The State's mix, shuffled; <paramref name="updates"/> are stored records of the State (see <see cref="PickUpdates"/>).</summary>
    public IReadOnlyList<IncomingRecord> Build(string state, IReadOnlyList<StateStudentRecord> updates, int knownCount, int newCount, Random random)
    {
        var mix = new List<IncomingRecord>(updates.Count + knownCount + newCount);
        var msixIdOf = truth.Records.Where(t => t.StateCode == state).ToDictionary(t => t.StateStudentId, t => t.MsixId, StringComparer.Ordinal);
        mix.AddRange(updates.OrderBy(r => r.StateStudentId, StringComparer.Ordinal).Select(r => new IncomingRecord(new SubmissionStudent('U', null, r), IncomingKind.Update, msixIdOf[r.StateStudentId], null)));
        mix.AddRange(Known(state, knownCount, random));
        mix.AddRange(New(state, newCount, mix.Select(m => m.Student.Record.StateStudentId).ToHashSet(StringComparer.Ordinal)));
        return [.. mix.OrderBy(_ => random.Next())];
    }

    private IEnumerable<IncomingRecord> Known(string state, int count, Random random)
    {
        var inState = truth.Records.Where(r => r.StateCode == state).Select(r => r.TrueChildId).ToHashSet();
        var chosen = new HashSet<long>();
        foreach (var child in truth.Children.Where(c => !inState.Contains(c.ChildNumber)).OrderBy(_ => random.Next()))
        {
            if (chosen.Count >= count)
            {
                break;
            }
            // Twins arrive together: the pair must stay two children.
            long[] members = child.TwinOf is { } twin && _children.ContainsKey(twin) && !inState.Contains(twin) ? [child.ChildNumber, twin] : [child.ChildNumber];
            foreach (var member in members)
            {
                if (chosen.Add(member) && TryRecord(settings, _children[member], state, random.Next(4)) is { } record)
                {
                    var coTwin = _children[member].TwinOf is { } t && _children.TryGetValue(t, out var other) ? other.MsixId : null;
                    yield return new IncomingRecord(new SubmissionStudent('I', null, record), IncomingKind.KnownChild, _children[member].MsixId, coTwin);
                }
            }
        }
    }

    private List<IncomingRecord> New(string state, int count, HashSet<string> takenIds)
    {
        var taken = truth.Records.Where(r => r.StateCode == state).Select(r => r.StateStudentId).ToHashSet(StringComparer.Ordinal);
        taken.UnionWith(takenIds);
        var records = new List<IncomingRecord>(count);
        foreach (var child in _others.Children(_othersUsed + (count * 3) + 10).Skip(_othersUsed))
        {
            if (records.Count == count)
            {
                break;
            }
            _othersUsed++;
            if (TryRecord(_others.Settings, child.Truth, state, 0) is { } record && taken.Add(record.StateStudentId))
            {
                records.Add(new IncomingRecord(new SubmissionStudent('I', null, record), IncomingKind.NewChild, null, null));
            }
        }
        return records;
    }

    /// <summary>The child's record in the new State, or null when the child is too young or too old to be served there.</summary>
    private static StateStudentRecord? TryRecord(GeneratorSettings from, TrueChild child, string state, int variant)
    {
        try
        {
            return new SyntheticPopulation(from).RecordInNewState(child, state, variant).Record;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
