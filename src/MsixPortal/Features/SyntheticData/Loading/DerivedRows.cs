using MsixPortal.Data.Entities.Linking;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Features.Submissions.Linking;

namespace MsixPortal.Features.SyntheticData.Loading;

/// <summary>
/// Rows other features derive in C# from each State record and keep in step when States submit: the
/// loader writes them with the records, so a generated database is ready for linking. (Data derived by
/// database triggers is handled by <see cref="DerivedData"/>.)
/// </summary>
internal static class DerivedRows
{
    /// <summary>Linking's blocking keys under which the record is filed, as the submission apply writes them.</summary>
    public static IEnumerable<MatchKey> MatchKeysOf(StateStudentRecord record) =>
        BlockingKeys.Stored(MatchProfile.Of(record)).Select(key => new MatchKey { Key = key, StateStudentRecordId = record.Id });
}
