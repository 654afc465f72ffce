using MsixPortal.Data;

namespace MsixPortal.Operations;

/// <summary>
/// Commands an operator runs with the portal's executable, e.g. <c>MsixPortal migrate</c>.
/// Each one runs against the configured database and exits with a status code.
/// </summary>
public static class OperatorCommands
{
    private static readonly string[] Names = ["migrate", "seed-demo", "generate"];

    /// <summary>
    /// Any first argument that is not a setting (--key value, key=value) is a command, so that a
    /// mistyped or not yet available command fails with exit code 2 instead of starting the server.
    /// </summary>
    public static bool IsOperatorCommand(string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        switch (args[0])
        {
            case "migrate":
                var grantedRole = await new PortalMigrator(app.Configuration).MigrateAsync();
                await Console.Out.WriteLineAsync(grantedRole is null
                    ? "Database is up to date. The app connects as the schema owner: the audit trail is not append-only for it."
                    : $"Database is up to date; role {grantedRole} granted (audit trail append-only).");
                return 0;
            case "seed-demo":
                return await SeedDemoCommand.RunAsync(app.Configuration, app.Environment);
            case "generate":
                return await GenerateCommand.RunAsync(app.Configuration, app.Environment, args[1..]);
            default:
                await Console.Error.WriteLineAsync(
                    $"Unknown command {args[0]}. Commands: {string.Join(", ", Names)}.");
                return 2;
        }
    }
}
