using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;

namespace MsixPortal.Operations;

/// <summary>
/// Commands an operator runs with the portal's executable, e.g. <c>MsixPortal migrate</c>.
/// Each one runs against the configured database and exits with a status code.
/// </summary>
public static class OperatorCommands
{
    private static readonly string[] Names = ["migrate"];

    public static bool IsOperatorCommand(string[] args) =>
        args.Length > 0 && Names.Contains(args[0], StringComparer.Ordinal);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        switch (args[0])
        {
            case "migrate":
                await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.MigrateAsync();
                await Console.Out.WriteLineAsync("Database is up to date.");
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown command {args[0]}.");
                return 2;
        }
    }
}
