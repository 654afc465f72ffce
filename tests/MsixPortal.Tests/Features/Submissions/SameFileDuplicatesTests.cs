using Microsoft.EntityFrameworkCore;
using MsixPortal.Data.Entities.Linking;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions;

/// <summary>One child twice in one submission (two State IDs): proposed on the State's worklist, never joined.</summary>
public class SameFileDuplicatesTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    public async Task InitializeAsync() => await factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static TestStudent NewChild(string id, string first = "Marisol", string sex = "Female") =>
        TestStudent.Child("CA", id, first: first, last1: "Nguyen", last2: null, birthDate: "20120101", sex: sex);

    private Task<long> StudentOfAsync(string id) =>
        factory.QueryAsync(db => db.StateStudentRecords.Where(r => r.StateCode == "CA" && r.StateStudentId == id)
            .Select(r => r.ConsolidatedStudentId).SingleAsync());

    [Fact]
    public async Task Submit_SameNewChildTwiceUnderTwoStateIds_ProposesTheFirstForTheSecondOnTheStatesWorklist()
    {
        var again = NewChild("C2", first: "MARISOL").Set("Parent1FirstName", null).Set("Parent1LastName", null);

        var result = await factory.SubmitAsync(SubmissionFiles.XmlBytes("CA", [NewChild("C1"), again]), state: "CA");

        Assert.Equal((0, 2, 1), (result.Linked, result.NewStudents, result.NearMatches));
        var item = await factory.QueryAsync(db => db.NearMatchItems.SingleAsync());
        var record = await factory.QueryAsync(db => db.StateStudentRecords.SingleAsync(r => r.Id == item.StateStudentRecordId));
        Assert.Equal(("CA", NearMatchStatus.Open, "C2"), (item.StateCode, item.Status, record.StateStudentId));
        Assert.Equal(await StudentOfAsync("C1"), item.CandidateConsolidatedStudentId);
        Assert.NotEqual(await StudentOfAsync("C1"), await StudentOfAsync("C2"));
        Assert.Contains("Same file", item.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_TwinsInTheSameFile_KeptApartWithoutANearMatch()
    {
        var twin = NewChild("C1").Set("MultipleBirth", "Yes");
        var coTwin = NewChild("C2", first: "Ana", sex: "Female").Set("MultipleBirth", "Yes");

        var result = await factory.SubmitAsync(SubmissionFiles.XmlBytes("CA", [twin, coTwin]), state: "CA");

        Assert.Equal((0, 2, 0), (result.Linked, result.NewStudents, result.NearMatches));
    }

    [Fact]
    public async Task Submit_KnownChildTwiceInOneFile_BothLinkedToTheStoredStudent()
    {
        await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "T1")]));

        var result = await factory.SubmitAsync(SubmissionFiles.XmlBytes("CA", [TestStudent.Child("CA", "C1"), TestStudent.Child("CA", "C2")]), state: "CA");

        Assert.Equal((2, 0, 0), (result.Linked, result.NewStudents, result.NearMatches));
    }
}
