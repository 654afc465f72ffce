using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MsixPortal.Data;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Features.Submissions.Linking;
using MsixPortal.Features.SyntheticData.Loading;
using MsixPortal.Tests.Features.SyntheticData;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions;

/// <summary>Linking's blocking keys: which dates they bring together, and how match_keys follows the State records.</summary>
public class MatchKeysTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    public async Task InitializeAsync() => await factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static StateStudentRecord Record(string birthDate) => new()
    {
        StateCode = "TX",
        StateStudentId = "T1",
        FirstName = "Lissete",
        LastName1 = "García",
        LastName2 = "López",
        Sex = "F",
        BirthDate = DateOnly.ParseExact(birthDate, "yyyyMMdd"),
        Parent1FirstName = "Juan",
    };

    private static IEnumerable<string> SharedKeys(string storedBirthDate, string incomingBirthDate) =>
        BlockingKeys.Sought(MatchProfile.Of(Record(incomingBirthDate))).Intersect(BlockingKeys.Stored(MatchProfile.Of(Record(storedBirthDate))));

    [Theory]
    [InlineData("20140308")] // a day digit
    [InlineData("20140807")] // a month digit
    [InlineData("20150307")] // the year's last digit
    [InlineData("20140703")] // day and month swapped
    public void Sought_SameNamesBirthDateSlipped_SharesAKey(string incomingBirthDate) =>
        Assert.NotEmpty(SharedKeys("20140307", incomingBirthDate));

    [Theory]
    [InlineData("20140528")] // month and day wrong in three digits
    [InlineData("20141120")] // month and day wrong in four digits
    public void Sought_SameNamesMonthAndDayWrong_SharesOnlyTheNamesAndYearKey(string incomingBirthDate) =>
        Assert.Equal(["N|LST|GRSLPS|2014"], SharedKeys("20140307", incomingBirthDate));

    [Fact]
    public void Sought_NamesakeWithAnotherSecondSurnameBornAnotherMonthAndDay_SharesNoKey()
    {
        var namesake = Record("20141120");
        namesake.LastName2 = "Pérez";

        Assert.Empty(BlockingKeys.Sought(MatchProfile.Of(namesake)).Intersect(BlockingKeys.Stored(MatchProfile.Of(Record("20140307")))));
    }

    private Task<List<string>> StoredKeysAsync(string stateStudentId) => Db.QueryAsync(factory.ConnectionString, $"""
        SELECT k.key FROM match_keys k JOIN state_student_records r ON r.id = k.state_student_record_id
        WHERE r.state_code = 'TX' AND r.state_student_id = '{stateStudentId}' ORDER BY k.key COLLATE "C"
        """, r => r.GetString(0));

    private Task<StateStudentRecord> TexasRecordAsync(string stateStudentId) =>
        factory.QueryAsync(db => db.StateStudentRecords.AsNoTracking().SingleAsync(r => r.StateCode == "TX" && r.StateStudentId == stateStudentId));

    [Fact]
    public async Task Schema_KeysComparedByteByByte()
    {
        var collations = await Db.QueryAsync(factory.ConnectionString, """
            SELECT collation_name FROM information_schema.columns WHERE table_name = 'match_keys' AND column_name = 'key'
            """, r => r.GetString(0));

        Assert.Equal(["C"], collations);
    }

    [Fact]
    public async Task Submit_UpdateWithAnotherNameAndBirthDate_KeysAreTheNewRecordsOnly()
    {
        await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "T1"), TestStudent.Child("TX", "T2", first: "Rosa")]));
        var unchanged = TestStudent.Child("TX", "T2", first: "Rosa");
        unchanged.Action = "U";
        var changed = TestStudent.Child("TX", "T1", first: "Maribel", last2: null, birthDate: "20130521");
        changed.Action = "U";

        await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [changed, unchanged]));

        foreach (var id in new[] { "T1", "T2" })
        {
            var expected = BlockingKeys.Stored(MatchProfile.Of(await TexasRecordAsync(id))).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, await StoredKeysAsync(id));
        }
    }

    [Fact]
    public async Task Submit_Delete_RemovesTheRecordsKeys()
    {
        await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "T1"), TestStudent.Child("TX", "T2", first: "Rosa")]));
        var recordId = (await TexasRecordAsync("T1")).Id;
        var delete = TestStudent.Child("TX", "T1");
        delete.Action = "D";

        await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [delete]));

        Assert.Equal(0L, await Db.ScalarAsync<long>(factory.ConnectionString, $"SELECT count(*) FROM match_keys WHERE state_student_record_id = {recordId}"));
        Assert.NotEmpty(await StoredKeysAsync("T2"));
    }

    [Fact]
    public async Task Migrate_DownBeforeTheDateSlipKeysAndUpAgain_KeysAreTheOnesTheCodeFiles()
    {
        var server = await PostgresServer.InstanceAsync();
        var connectionString = await server.CreateDatabaseAsync(nameof(MatchKeysTests) + "Migration");
        await SyntheticDataLoader.LoadAsync(connectionString, 60, 7);
        await using var db = new PortalDbContext(PortalDbContextOptions.For(connectionString));
        var migrator = db.GetService<IMigrator>();

        // Down rewrites the keys the way the old code filed them (first name + surname + year); up makes them anew.
        await migrator.MigrateAsync("20261128195355_SearchKeysForChangedRecordsOnly");
        Assert.True(await Db.ScalarAsync<long>(connectionString, "SELECT count(*) FROM match_keys WHERE key LIKE 'Y|%'") > 0);
        await migrator.MigrateAsync();

        var records = await db.StateStudentRecords.AsNoTracking().ToListAsync();
        var stored = (await Db.QueryAsync(connectionString, "SELECT state_student_record_id, key FROM match_keys", r => (r.GetInt64(0), r.GetString(1))))
            .ToLookup(k => k.Item1, k => k.Item2);
        Assert.NotEmpty(records);
        Assert.All(records, record =>
            Assert.Equal(BlockingKeys.Stored(MatchProfile.Of(record)).Order(StringComparer.Ordinal), stored[record.Id].Order(StringComparer.Ordinal)));
    }
}
