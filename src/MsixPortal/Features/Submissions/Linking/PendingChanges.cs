using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>
/// The stored records a submission deletes or updates before its new records are linked. Linking reads
/// the stored records as committed, on a connection of its own, while the submission's transaction makes
/// these changes (<see cref="Apply.SubmissionApplier"/>). So that the outcome is the same as if it read
/// them after the changes, it drops the deleted records and scores the updated ones as submitted. (Their
/// blocking keys are rewritten only after linking, so the stored keys are the ones to look under.)
/// </summary>
public sealed class PendingChanges(IEnumerable<long> deletedRecordIds, IEnumerable<StateStudentRecord> updatedRecords)
{
    private readonly HashSet<long> _deleted = [.. deletedRecordIds];
    private readonly Dictionary<long, StateStudentRecord> _updated = updatedRecords.ToDictionary(r => r.Id);

    public bool IsDeleted(long recordId) => _deleted.Contains(recordId);

    /// <summary>The record as the submission updates it, or null when the submission leaves it as stored.</summary>
    public StateStudentRecord? Updated(long recordId) => _updated.GetValueOrDefault(recordId);
}
