using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Students;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Data;

public class StudentRecordMappingTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SaveChanges_SameRowChangedInTwoContexts_SecondGetsConcurrencyException()
    {
        var id = await SaveStudentAsync("100000000001", "TX", "A1");
        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<PortalDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<PortalDbContext>();
        var firstCopy = await firstDb.ConsolidatedStudents.SingleAsync(s => s.Id == id);
        var secondCopy = await secondDb.ConsolidatedStudents.SingleAsync(s => s.Id == id);
        var versionBefore = firstCopy.Version;

        firstCopy.CreatedAt = firstCopy.CreatedAt.AddMinutes(1);
        await firstDb.SaveChangesAsync();
        secondCopy.CreatedAt = secondCopy.CreatedAt.AddMinutes(2);

        Assert.NotEqual(versionBefore, firstCopy.Version);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());
    }

    [Fact]
    public async Task SaveChanges_SameStateStudentIdTwiceInOneState_Rejected()
    {
        await SaveStudentAsync("100000000001", "TX", "A1");

        var duplicate = () => SaveStudentAsync("100000000019", "TX", "A1");

        await Assert.ThrowsAsync<DbUpdateException>(duplicate);
    }

    [Fact]
    public async Task Remove_StateRecord_RemovesItsRepeatingRows()
    {
        await SaveStudentAsync("100000000001", "CA", "B2");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        db.StateStudentRecords.Remove(await db.StateStudentRecords.SingleAsync());
        await db.SaveChangesAsync();

        Assert.Equal(0, await db.Enrollments.CountAsync() + await db.Courses.CountAsync()
            + await db.Assessments.CountAsync() + await db.QualifyingMoves.CountAsync() + await db.AlternateStateIds.CountAsync());
        Assert.Equal(1, await db.ConsolidatedStudents.CountAsync());
    }

    private async Task<long> SaveStudentAsync(string msixId, string state, string stateStudentId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTime.UtcNow;
        var student = new ConsolidatedStudent { MsixId = msixId, CreatedAt = now };
        student.StateRecords.Add(new StateStudentRecord
        {
            StateCode = state, StateStudentId = stateStudentId, StateStudentIdType = "01", FirstName = "Test",
            LastName1 = "Child", Sex = "Female", BirthDate = new DateOnly(2015, 3, 4), CreatedAt = now, LastSubmittedAt = now,
            AlternateIds = [new AlternateStateId { Identifier = "X9", IdentifierType = "03", SubmittedAt = now }],
            QualifyingMoves = [new QualifyingMove { QualifyingArrivalDate = new DateOnly(2024, 6, 1), SubmittedAt = now }],
            Enrollments = [new Enrollment { EnrollmentDate = new DateOnly(2024, 8, 20), EnrollmentType = "01", SubmittedAt = now }],
            Courses = [new Course { CourseTitle = "Algebra I", BeginAcademicYear = 2024, CreditsGranted = 10.00m, SubmittedAt = now }],
            Assessments = [new Assessment { AssessmentTitle = "State Math", SubmittedAt = now }],
        });
        db.ConsolidatedStudents.Add(student);
        await db.SaveChangesAsync();
        return student.Id;
    }
}
