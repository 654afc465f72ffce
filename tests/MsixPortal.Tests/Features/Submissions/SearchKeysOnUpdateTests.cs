using Microsoft.EntityFrameworkCore;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions;

/// <summary>
/// Search keys after a State's update file: recomputed for a record whose searched names changed, left
/// untouched (same row version) for one re-sent with the same names, as most update files are.
/// </summary>
public class SearchKeysOnUpdateTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Submit_UpdateWithAnotherFirstName_SearchKeysHoldTheNewName()
    {
        await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1", first: "Lissete")]));
        var update = TestStudent.Child("TX", "A1", first: "Yesenia");
        update.Action = "U";

        await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [update]));

        Assert.Equal("yesenia", await SearchKeyFirstNameAsync());
    }

    [Fact]
    public async Task Submit_UpdateWithTheSameNames_SearchKeysRowNotRewritten()
    {
        await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1")]));
        var before = await SearchKeyVersionAsync();
        var update = TestStudent.Child("TX", "A1").SetRow("Enrollment", "GradeLevel", "06");
        update.Action = "U";

        var result = await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [update]));

        Assert.Equal(1, result.Updated);
        Assert.Equal(before, await SearchKeyVersionAsync());
        Assert.Equal("lissete", await SearchKeyFirstNameAsync());
    }

    private Task<string> SearchKeyFirstNameAsync() =>
        factory.QueryAsync(db => db.Database.SqlQuery<string>($"SELECT first_name AS \"Value\" FROM search_keys").SingleAsync());

    /// <summary>The row version (xmin) of the only search keys row: it changes whenever the row is rewritten.</summary>
    private Task<string> SearchKeyVersionAsync() =>
        factory.QueryAsync(db => db.Database.SqlQuery<string>($"SELECT xmin::text AS \"Value\" FROM search_keys").SingleAsync());
}
