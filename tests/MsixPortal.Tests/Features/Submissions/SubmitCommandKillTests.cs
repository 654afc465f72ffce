using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using MsixPortal.TestSupport;
using Npgsql;

namespace MsixPortal.Tests.Features.Submissions;

/// <summary>Atomicity: killing the portal in the middle of applying a submission leaves the database as it was.</summary>
public class SubmitCommandKillTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Submit_ProcessKilledMidApply_LeavesDatabaseUnchanged()
    {
        var students = Enumerable.Range(1, 3000).Select(i => TestStudent.Child("TX", "K" + TestStudent.Number(i),
            first: "Child" + TestStudent.Number(i))).ToArray();
        var file = Path.Combine(Path.GetTempPath(), $"msix-kill-{Guid.NewGuid():N}.xml");
        await File.WriteAllBytesAsync(file, SubmissionFiles.XmlBytes("TX", students));
        var settings = new Dictionary<string, string> { ["ConnectionStrings__Portal"] = factory.AppConnectionString };
        try
        {
            using (var process = PortalExecutable.Start(settings, "submit", "--state", "TX", "--file", file))
            {
                var caught = await WaitForInsertsAsync(process);
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                Assert.True(caught, "The submission finished before it could be killed mid-apply; make the file larger.");
            }

            await WaitForNoOtherSessionsAsync();
            Assert.Equal(0, await factory.QueryAsync(db => db.StateStudentRecords.CountAsync()));
            Assert.Equal(0, await factory.QueryAsync(db => db.ConsolidatedStudents.CountAsync()));
            Assert.Equal(0, await factory.QueryAsync(db => db.Submissions.CountAsync()));
            Assert.Equal(0, await factory.QueryAsync(db => db.MatchKeys.CountAsync()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Waits until the child's transaction is writing rows (a COPY, seen in pg_stat_activity).</summary>
    private async Task<bool> WaitForInsertsAsync(Process process)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = current_database() " +
            "AND xact_start IS NOT NULL AND query ILIKE 'COPY %'",
            connection);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return true;
            }
            await Task.Delay(2);
        }
        return false;
    }

    private async Task WaitForNoOtherSessionsAsync()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = current_database() AND xact_start IS NOT NULL",
            connection);
        for (var i = 0; i < 500 && (long)(await command.ExecuteScalarAsync())! > 0; i++)
        {
            await Task.Delay(20);
        }
    }
}
