using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.MsixIds;
using MsixPortal.Features.Reports.Summaries;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Reports;

/// <summary>One State's record of a child for the child-count population: eligibility, grade, summer enrollment.</summary>
public sealed record EligibleRecord(string State, DateOnly Arrival, DateOnly? Expires = null, string? Grade = null, bool Summer = false,
    string Sex = "Female");

/// <summary>Children written straight to the database with qualifying moves and enrollments, then the summaries refreshed.</summary>
public static class EligibleChildren
{
    /// <summary>One consolidated child with a record per entry of <paramref name="records"/>.</summary>
    public static async Task CreateAsync(PortalAppFactory factory, params EligibleRecord[] records)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTime.UtcNow;
        var student = new ConsolidatedStudent { MsixId = await scope.ServiceProvider.GetRequiredService<MsixIdGenerator>().NextAsync(), CreatedAt = now };
        foreach (var r in records)
        {
            var record = new StateStudentRecord
            {
                StateCode = r.State, StateStudentId = $"{r.State}-{Guid.NewGuid():N}"[..15], StateStudentIdType = "01",
                FirstName = "Rosa", LastName1 = TestStudents.LastName, Sex = r.Sex, BirthDate = TestStudents.BirthDate,
                CreatedAt = now, LastSubmittedAt = now,
            };
            record.QualifyingMoves.Add(new QualifyingMove { Sequence = 1, SubmittedAt = now, QualifyingArrivalDate = r.Arrival, EligibilityExpirationDate = r.Expires });
            if (r.Grade is not null)
            {
                record.Enrollments.Add(new Enrollment { Sequence = 1, SubmittedAt = now, EnrollmentDate = r.Arrival, EnrollmentType = "01", GradeLevel = r.Grade });
            }
            if (r.Summer)
            {
                record.Enrollments.Add(new Enrollment { Sequence = 2, SubmittedAt = now, EnrollmentDate = r.Arrival.AddDays(1), EnrollmentType = "03", GradeLevel = r.Grade });
            }
            student.StateRecords.Add(record);
        }
        db.ConsolidatedStudents.Add(student);
        await db.SaveChangesAsync();
    }

    public static async Task RefreshAsync(PortalAppFactory factory, params string[] states)
    {
        foreach (var state in states)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ReportSummaryRefresher>().RefreshStateAsync(state, CancellationToken.None);
        }
    }
}
