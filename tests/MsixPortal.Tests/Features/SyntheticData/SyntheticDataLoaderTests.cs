using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.MsixIds;
using MsixPortal.Features.Submissions.Linking;
using MsixPortal.Features.SyntheticData.Loading;
using Npgsql;

namespace MsixPortal.Tests.Features.SyntheticData;

public class SyntheticDataLoaderTests(LoadedSyntheticDatabase database) : IClassFixture<LoadedSyntheticDatabase>
{
    [Fact]
    public async Task Load_EmptyDatabase_RowCountsMatchTheSummaryAndTheGroundTruth()
    {
        var counts = await CountsAsync("consolidated_students", "state_student_records", "enrollments", "qualifying_moves", "courses", "assessments", "alternate_state_ids", "match_keys");

        Assert.Equal(LoadedSyntheticDatabase.Students, counts["consolidated_students"]);
        Assert.Equal(database.Truth.Records.Count, counts["state_student_records"]);
        Assert.All(database.Summary.RowsPerTable, table => Assert.Equal(table.Value, counts[table.Key]));
        Assert.All(counts, table => Assert.True(table.Value > 0, $"{table.Key} is empty"));
    }

    [Fact]
    public async Task Load_EmptyDatabase_EveryTruthRecordIsTheRowLinkedToItsChildsMsixId()
    {
        var rows = await QueryAsync(
            "SELECT r.state_code, r.state_student_id, s.msix_id FROM state_student_records r JOIN consolidated_students s ON s.id = r.consolidated_student_id",
            reader => (reader.GetString(0), reader.GetString(1), reader.GetString(2).Trim()));
        var truth = database.Truth.Records.Select(r => (r.StateCode, r.StateStudentId, r.MsixId)).ToHashSet();

        Assert.Equal(truth.Count, rows.Count);
        Assert.True(truth.SetEquals(rows));
    }

    [Fact]
    public async Task Load_EmptyDatabase_OneValidMsixIdPerTrueChild()
    {
        var msixIds = await QueryAsync("SELECT msix_id FROM consolidated_students", reader => reader.GetString(0).Trim());

        Assert.All(msixIds, id => Assert.True(MsixId.IsValid(id), id));
        Assert.Equal(database.Truth.Children.Select(c => c.MsixId!).Order(), msixIds.Order());
        Assert.Equal(database.Truth.Children.Count, database.Truth.Children.Select(c => c.ChildNumber).Distinct().Count());
    }

    [Fact]
    public async Task Load_EmptyDatabase_AsksForTheReportSummariesOfEveryLoadedState()
    {
        var requested = await QueryAsync("SELECT state_code FROM report_refresh_requests WHERE changed_since IS NULL", r => r.GetString(0));

        Assert.Equal(database.Truth.Records.Select(r => r.StateCode).Distinct().Order(), requested.Order());
    }

    [Fact]
    public async Task Load_EmptyDatabase_TakesTheBulkPathAndRebuildsEveryIndexAndForeignKey()
    {
        var indexes = await QueryAsync("SELECT indexname FROM pg_indexes WHERE tablename IN ('state_student_records', 'enrollments', 'consolidated_students')", r => r.GetString(0));
        var foreignKeys = await QueryAsync("SELECT conname FROM pg_constraint WHERE contype = 'f' AND conrelid = 'enrollments'::regclass", r => r.GetString(0));

        Assert.StartsWith("bulk path", database.Summary.LoadPath, StringComparison.Ordinal);
        Assert.Contains("ix_state_student_records_state_code_state_student_id", indexes);
        Assert.Contains("ix_consolidated_students_msix_id", indexes);
        Assert.Contains("ix_enrollments_state_student_record_id_sequence", indexes);
        Assert.Single(foreignKeys);
        Assert.Contains("pk_enrollments", await QueryAsync("SELECT conname FROM pg_constraint WHERE contype = 'p'", r => r.GetString(0)));
        Assert.Contains("pk_match_keys", await QueryAsync("SELECT conname FROM pg_constraint WHERE contype = 'p'", r => r.GetString(0)));
    }

    [Fact]
    public async Task Load_EmptyDatabase_MatchKeysAsTheSubmissionApplyFilesThem()
    {
        await using var db = new PortalDbContext(PortalDbContextOptions.For(database.ConnectionString));
        var records = await db.StateStudentRecords.AsNoTracking().OrderBy(r => r.Id).Where(r => r.Id % 37 == 0).ToListAsync();
        var stored = (await QueryAsync("SELECT state_student_record_id, key FROM match_keys", r => (r.GetInt64(0), r.GetString(1))))
            .ToLookup(k => k.Item1, k => k.Item2);

        Assert.NotEmpty(records);
        Assert.All(records, record =>
            Assert.Equal(BlockingKeys.Stored(MatchProfile.Of(record)).Order(StringComparer.Ordinal), stored[record.Id].Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Load_EmptyDatabase_IdentitySequencesContinueAfterTheLoadedKeys()
    {
        var max = (await QueryAsync("SELECT max(id) FROM consolidated_students", r => r.GetInt64(0))).Single();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync(); // rolled back: other tests share the data
        await using var command = new NpgsqlCommand(
            "INSERT INTO consolidated_students (msix_id, created_at) VALUES ('999999999999', now()) RETURNING id", connection, transaction);

        var id = (long)(await command.ExecuteScalarAsync())!;

        Assert.True(id > max, $"new key {id} is not after the loaded keys (up to {max})");
    }

    [Fact]
    public async Task Load_EmptyDatabase_EveryStateRecordIsSearchable()
    {
        var counts = await CountsAsync("search_keys", "state_student_records");

        Assert.Equal(counts["state_student_records"], counts["search_keys"]);
    }

    [Fact]
    public async Task Load_EmptyDatabase_EveryUserTriggerHasARebuildAndIsOnAgain()
    {
        var triggers = await QueryAsync("""
            SELECT t.tgname, t.tgenabled::text FROM pg_trigger t
            WHERE NOT t.tgisinternal AND t.tgrelid IN ('consolidated_students'::regclass, 'state_student_records'::regclass,
              'enrollments'::regclass, 'qualifying_moves'::regclass, 'courses'::regclass, 'assessments'::regclass, 'alternate_state_ids'::regclass)
            """, r => (Name: r.GetString(0), Enabled: r.GetString(1)));

        Assert.NotEmpty(triggers);
        Assert.All(triggers, t =>
        {
            Assert.True(DerivedData.Rebuilds.ContainsKey(t.Name), $"trigger {t.Name} has no rebuild in DerivedData: bulk loads will keep it on (slow)");
            Assert.Equal("O", t.Enabled);
        });
    }

    private Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read) => Db.QueryAsync(database.ConnectionString, sql, read);

    private async Task<Dictionary<string, long>> CountsAsync(params string[] tables)
    {
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            counts[table] = (await QueryAsync($"SELECT count(*) FROM {table}", r => r.GetInt64(0))).Single();
        }
        return counts;
    }
}
