using MsixPortal.Data;

namespace MsixPortal.Operations;

/// <summary>
/// Commands an operator runs with the portal's executable, e.g. <c>MsixPortal migrate</c>.
/// Each one runs against the configured database and exits with a status code.
/// </summary>
public static class OperatorCommands
{
    private static readonly string[] Names = ["migrate", "submit"];

    public static bool IsOperatorCommand(string[] args) =>
        args.Length > 0 && Names.Contains(args[0], StringComparer.Ordinal);

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
            case "submit":
                return await SubmitCommand.RunAsync(scope.ServiceProvider, args);
            default:
                await Console.Error.WriteLineAsync($"Unknown command {args[0]}.");
                return 2;
        }
    }
}
