namespace MsixPortal.Data.Entities.StateRecords;

/// <summary>
/// A repeating row (qualifying move, enrollment, course, assessment, alternate ID) under one
/// State record. The sequence number is the State's own, from the submission file.
/// </summary>
public abstract class StateRecordRow
{
    public long Id { get; set; }

    public long StateStudentRecordId { get; set; }
    public StateStudentRecord? StateStudentRecord { get; set; }

    public int Sequence { get; set; }

    public DateTime SubmittedAt { get; set; }
}
