namespace MsixPortal.Features.Submissions.Apply;

/// <summary>What an apply did.</summary>
public sealed class ApplyCounts
{
    public int Inserted { get; set; }
    public int Updated { get; set; }
    public int Deleted { get; set; }
    public int Linked { get; set; }
    public int NewStudents { get; set; }
    public int NearMatches { get; set; }
    public int LateNewChildren { get; set; }
}
