using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Features.Audit;
using MsixPortal.TestSupport;
using Npgsql;

namespace MsixPortal.Tests.Features.Audit;

/// <summary>security.md 28: the application's database role cannot UPDATE or DELETE audit rows.</summary>
public class AuditTrailAppendOnlyTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    private const string InsufficientPrivilege = "42501";

    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RecordAsync_AsAppRole_InsertsRow()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var trail = scope.ServiceProvider.GetRequiredService<AuditTrail>();

        await trail.RecordAsync(AuditActions.RolesChanged, "user", Guid.NewGuid().ToString());

        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(1, await db.AuditEvents.CountAsync());
    }

    [Theory]
    [InlineData("UPDATE audit_events SET action = 'forged'")]
    [InlineData("DELETE FROM audit_events")]
    [InlineData("TRUNCATE audit_events")]
    public async Task ChangingAuditRows_AsAppRole_IsDenied(string sql)
    {
        await InsertAuditRowAsync();
        await using var connection = new NpgsqlConnection(factory.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task ExecuteDelete_ThroughAppDbContext_IsDenied()
    {
        await InsertAuditRowAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        var error = await Assert.ThrowsAsync<PostgresException>(() => db.AuditEvents.ExecuteDeleteAsync());

        Assert.Equal(InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task AppConnection_IsNotASuperuserNorTheOwner()
    {
        await using var connection = new NpgsqlConnection(factory.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT r.rolsuper OR t.tableowner = current_user FROM pg_roles r, pg_tables t " +
            "WHERE r.rolname = current_user AND t.tablename = 'audit_events'", connection);

        var privileged = (bool)(await command.ExecuteScalarAsync())!;

        Assert.False(privileged);
    }

    [Fact]
    public async Task OtherTables_AsAppRole_CanBeUpdated()
    {
        await using var connection = new NpgsqlConnection(factory.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT has_table_privilege(current_user, 'users', 'UPDATE') " +
            "AND has_table_privilege(current_user, 'users', 'DELETE') " +
            "AND has_table_privilege(current_user, 'audit_events', 'INSERT')", connection);

        var granted = (bool)(await command.ExecuteScalarAsync())!;

        Assert.True(granted);
    }

    private async Task InsertAuditRowAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditTrail>().RecordAsync(AuditActions.AuditLogViewed);
    }
}
