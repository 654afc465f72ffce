using Microsoft.EntityFrameworkCore;
using MsixPortal.Data.Entities.Linking;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.Entities.Submissions;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions;

/// <summary>Applying submissions: atomic per student, idempotent per file and key, nothing stored by a dry run.</summary>
public class SubmissionApplyTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<int> CountAsync<T>() where T : class => factory.QueryAsync(db => db.Set<T>().CountAsync());

    [Fact]
    public async Task Submit_NewStudents_StoresRecordsRowsMsixIdsAndHistory()
    {
        var file = SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1"), TestStudent.Child("TX", "A2", first: "Pedro", sex: "Male")]);

        var result = await factory.SubmitAsync(file);

        Assert.Equal((SubmissionStatus.Applied, 2, 2, 0), (result.Status, result.Inserted, result.NewStudents, result.Rejected));
        Assert.Equal(2, await CountAsync<ConsolidatedStudent>());
        Assert.Equal(2, await CountAsync<Enrollment>());
        Assert.True(await CountAsync<MatchKey>() > 0);
        var history = await factory.QueryAsync(db => db.Submissions.SingleAsync());
        Assert.Equal(("TX", 2), (history.StateCode, history.Inserted));
    }

    [Fact]
    public async Task DryRun_ValidFile_StoresNothing()
    {
        var file = SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1")]);

        var result = await factory.SubmitAsync(file, dryRun: true);

        Assert.Equal((1, true), (result.Inserted, result.DryRun));
        Assert.Null(result.PublicId);
        Assert.Equal(0, await CountAsync<Submission>());
        Assert.Equal(0, await CountAsync<StateStudentRecord>());
        Assert.Equal(0, await CountAsync<ConsolidatedStudent>());
    }

    [Fact]
    public async Task Submit_SameFileTwice_SecondReturnsFirstResultAndChangesNothing()
    {
        var file = SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1"), TestStudent.Child("TX", "A2").Set("Sex", "X")]);
        var first = await factory.SubmitAsync(file);

        var second = await factory.SubmitAsync(file);

        Assert.True(second.Replayed);
        Assert.Equal(first.PublicId, second.PublicId);
        Assert.Equal((first.Inserted, first.Rejected), (second.Inserted, second.Rejected));
        Assert.Equal(first.Problems, second.Problems);
        Assert.Equal(1, await CountAsync<Submission>());
        Assert.Equal(1, await CountAsync<StateStudentRecord>());
    }

    [Fact]
    public async Task Submit_SameIdempotencyKeyDifferentBytes_ReturnsFirstResultWithoutApplying()
    {
        var first = await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1")]), key: "batch-42");

        var again = await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A9")]), key: "batch-42");

        Assert.True(again.KeyConflict);
        Assert.Equal(first.PublicId, again.PublicId);
        Assert.Equal(1, await CountAsync<StateStudentRecord>());
    }

    [Fact]
    public async Task Submit_ConcurrentIdenticalFiles_ApplyOnce()
    {
        var file = SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1")]);

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => factory.SubmitAsync(file)));

        Assert.Single(results, r => !r.Replayed);
        Assert.Single(results.Select(r => r.PublicId).Distinct());
        Assert.Equal(1, await CountAsync<StateStudentRecord>());
    }

    [Fact]
    public async Task Submit_WrongHeader_RejectsWholeFileButKeepsHistory()
    {
        var file = SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1")], h => h["StudentCount"] = "5");

        var result = await factory.SubmitAsync(file);

        Assert.Equal((SubmissionStatus.Rejected, 0, 1), (result.Status, result.Inserted, result.Rejected));
        Assert.Equal(0, await CountAsync<StateStudentRecord>());
        Assert.Equal(1, await factory.QueryAsync(db => db.SubmissionErrors.CountAsync(e => e.Position == 0)));
    }

    [Fact]
    public async Task Submit_UnreadableFile_IsRejectedWithItsMessage()
    {
        var result = await factory.SubmitAsync([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]);

        Assert.Equal(SubmissionStatus.Rejected, result.Status);
        Assert.Contains("Compressed", result.FileProblem, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync<StateStudentRecord>());
    }

    [Fact]
    public async Task Submit_UpdateThenDelete_ReplacesRowsThenRemovesRecord()
    {
        await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1")]));
        var update = TestStudent.Child("TX", "A1", first: "Lisette").Row("Enrollment", "2", ("EnrollmentDate", "20260105"), ("EnrollmentType", "02"));
        update.Action = "U";

        var updated = await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [update]));

        Assert.Equal((1, 0), (updated.Updated, updated.Inserted));
        var record = await factory.QueryAsync(db => db.StateStudentRecords.Include(r => r.Enrollments).SingleAsync());
        Assert.Equal("Lisette", record.FirstName);
        Assert.Equal(2, record.Enrollments.Count);
        var delete = TestStudent.Deletion("TX", "A1");

        var deleted = await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [delete]));

        Assert.Equal(1, deleted.Deleted);
        Assert.Equal(0, await CountAsync<StateStudentRecord>());
        Assert.Equal(0, await CountAsync<Enrollment>());
        Assert.Equal(0, await CountAsync<MatchKey>());
    }

    [Theory]
    [InlineData("I", true, "already sent this student")]
    [InlineData("U", false, "has no student with this State Student Identifier")]
    [InlineData("D", false, "has no student with this State Student Identifier")]
    public async Task Submit_ActionInconsistentWithStoredData_RejectsThatStudent(string action, bool existsBefore, string problem)
    {
        if (existsBefore)
        {
            await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1")]));
        }
        var student = TestStudent.Child("TX", "A1");
        student.Action = action;

        var result = await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [student, TestStudent.Child("TX", "B2", first: "Marta")]));

        Assert.Equal((1, 1), (result.Rejected, result.Inserted));
        Assert.Contains(result.Problems, p => p.Problem.Contains(problem, StringComparison.Ordinal) && p.Position == 1);
    }

    [Fact]
    public async Task Submit_SameStateStudentIdTwiceInFile_RejectsTheSecond()
    {
        var result = await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1"), TestStudent.Child("TX", "A1")]));

        Assert.Equal((1, 1), (result.Inserted, result.Rejected));
        Assert.Contains(result.Problems, p => p.Position == 2 && p.ElementNumber == 2);
    }

    [Fact]
    public async Task Submit_Json_AppliesLikeXml()
    {
        var result = await factory.SubmitAsync(SubmissionFiles.JsonBytes("TX", [TestStudent.Child("TX", "J1")]));

        Assert.Equal(1, result.Inserted);
        Assert.Equal("J1", (await factory.QueryAsync(db => db.StateStudentRecords.SingleAsync())).StateStudentId);
    }
}
