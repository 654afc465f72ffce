using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.DataRequests;
using MsixPortal.Features.MoveNotices;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Worklists;

/// <summary>Open work for a receiving State, made through the services (signed-in sessions would not survive clock jumps of days).</summary>
internal static class WorkItemSetup
{
    /// <summary>A data request due in 60 days, then, a day later, a move notice, both from <paramref name="staff"/> to <paramref name="toState"/>.</summary>
    public static async Task SendRequestThenNoticeAsync(WorkflowAppFactory factory, TestStudent student, ClaimsPrincipal staff, string toState)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DataRequestService>().SendAsync(student.MsixId, new DataRequestInputModel
            {
                StateCodes = [toState], Kinds = ["Assessments"], Reason = "Placement",
                NeededBy = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddDays(60),
            }, staff, CancellationToken.None);
        }
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MoveNoticeService>().SendAsync(student.MsixId, new MoveNoticeInputModel
            {
                Kind = MoveNoticeKind.MovingTo, StateCode = toState, MoveDate = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime),
                SenderContact = "555-0100",
            }, staff, CancellationToken.None);
        }
    }
}
