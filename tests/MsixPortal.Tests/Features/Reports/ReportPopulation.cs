using MsixPortal.Data.Entities.Submissions;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Reports;

/// <summary>
/// Builds the small populations the report tests know the answers of: work items and submissions
/// written straight to the database, as the workflows and the submission applier leave them.
/// </summary>
public sealed class ReportPopulation(PortalAppFactory factory)
{
    private long? _student;

    public async Task<long> StudentAsync()
    {
        _student ??= (await TestStudents.CreateAsync(factory.Services, "ZZ")).Id;
        return _student.Value;
    }

    /// <summary>A move notice to <paramref name="state"/>; handled on <paramref name="handledOn"/> (null: still open).</summary>
    public async Task MoveNoticeAsync(string state, DateOnly sentOn, DateOnly dueOn, DateOnly? handledOn = null, Guid? assignedTo = null,
        string senderState = "ZZ", long? student = null)
    {
        student ??= await StudentAsync();
        await factory.WithDbAsync(async db =>
        {
            db.MoveNotices.Add(new MoveNotice
            {
                Kind = MoveNoticeKind.MovingTo, ConsolidatedStudentId = student.Value, StateCode = state, SenderStateCode = senderState,
                MoveDate = sentOn, SenderContact = "sender@example.org", SenderUserId = Guid.NewGuid(),
                SentAt = At(sentOn), DueOn = dueOn, AssignedToUserId = assignedTo,
                Status = handledOn is null ? MoveNoticeStatus.Sent : MoveNoticeStatus.Enrolled,
                OutcomeAt = handledOn is { } h ? At(h) : null,
            });
            await db.SaveChangesAsync();
        });
    }

    /// <summary>A data request to <paramref name="state"/>; answered on <paramref name="answeredOn"/> (null: still open).</summary>
    public async Task DataRequestAsync(string state, DateOnly requestedOn, DateOnly neededBy, DateOnly? answeredOn = null, Guid? assignedTo = null)
    {
        var student = await StudentAsync();
        await factory.WithDbAsync(async db =>
        {
            db.DataRequests.Add(new DataRequest
            {
                ConsolidatedStudentId = student, StateCode = state, RequesterStateCode = "ZZ", RequesterUserId = Guid.NewGuid(),
                Kinds = "enrollment", Reason = "Placement", NeededBy = neededBy, RequestedAt = At(requestedOn),
                Status = answeredOn is null ? DataRequestStatus.Open : DataRequestStatus.Answered,
                AnsweredAt = answeredOn is { } a ? At(a) : null, AssignedToUserId = assignedTo,
            });
            await db.SaveChangesAsync();
        });
    }

    /// <summary>An applied submission of <paramref name="state"/> that inserted <paramref name="inserted"/> children, <paramref name="late"/> of them late.</summary>
    public Task SubmissionAsync(string state, DateOnly receivedOn, int inserted, int late, int rejected = 0) =>
        factory.WithDbAsync(async db =>
        {
            db.Submissions.Add(new Submission
            {
                PublicId = Guid.NewGuid(), StateCode = state, ContentSha256 = Guid.NewGuid().ToString("N"), Channel = "upload",
                ReceivedAt = At(receivedOn), CompletedAt = At(receivedOn), Status = SubmissionStatus.Applied,
                StudentCount = inserted + rejected, Inserted = inserted, LateNewChildren = late, Rejected = rejected,
            });
            await db.SaveChangesAsync();
        });

    public static DateTime At(DateOnly date) => date.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc);
}
