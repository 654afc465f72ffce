using Npgsql;

namespace MsixPortal.Data;

/// <summary>
/// What the application's own database role may do, applied by the migration owner after each
/// migration. The app reads and writes every table, but the audit trail is append-only for it
/// (security.md 28: it can INSERT and SELECT audit rows, never UPDATE, DELETE or TRUNCATE them),
/// and it cannot change the schema because it owns nothing.
/// </summary>
public static class AppRoleGrants
{
    public static async Task ApplyAsync(NpgsqlConnection ownerConnection, string appRole,
        CancellationToken cancellationToken = default)
    {
        var role = QuoteIdentifier(appRole);
        var sql = $"""
            GRANT USAGE ON SCHEMA public TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
            REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events FROM {role};
            REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON __ef_migrations_history FROM {role};
            """;
        await using var command = new NpgsqlCommand(sql, ownerConnection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
