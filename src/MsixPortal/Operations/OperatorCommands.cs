using MsixPortal.Data;
using MsixPortal.Features.SyntheticData.Demo;

namespace MsixPortal.Operations;

/// <summary>
/// Commands an operator runs with the portal's executable, e.g. <c>MsixPortal migrate</c>.
/// Each one runs against the configured database and exits with a status code.
/// </summary>
public static class OperatorCommands
{
    private static readonly string[] Names = ["migrate", "seed-demo", "generate", "create-admin", "submit"];

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
                return await SeedDemoAsync(app, scope.ServiceProvider);
            case "generate":
                return await GenerateCommand.RunAsync(app.Configuration, app.Environment, args[1..]);
            case "create-admin":
                return await CreateAdminAsync(scope.ServiceProvider, args);
            case "submit":
                return await SubmitCommand.RunAsync(scope.ServiceProvider, args);
            default:
                await Console.Error.WriteLineAsync(
                    $"Unknown command {args[0]}. Commands: {string.Join(", ", Names)}.");
                return 2;
        }
    }

    /// <summary>Demo data for a development or test installation; refused in Production.</summary>
    private static async Task<int> SeedDemoAsync(WebApplication app, IServiceProvider services)
    {
        if (app.Environment.IsProduction())
        {
            await Console.Error.WriteLineAsync(
                "seed-demo is refused in Production: it creates accounts whose passwords are printed and published.");
            return 1;
        }
        foreach (var account in await services.GetRequiredService<DemoAccountSeeder>().SeedAsync())
        {
            await Console.Out.WriteLineAsync($"{account.Role}\t{account.Email}\t{account.Password}\t{account.AuthenticatorKey}\t{account.StateCode ?? "all States"}");
        }
        // Students go in as the schema owner (bulk COPY); their count goes to stderr so that stdout
        // stays one account per line for scripts.
        var students = await DemoStudentSeeder.SeedAsync(OwnerConnectionString.From(app.Configuration));
        await Console.Error.WriteLineAsync(students == 0
            ? "Demo students were already loaded."
            : $"Loaded {students} demo students.");
        return 0;
    }

    /// <summary><c>create-admin --email E</c>: a national administrator and a one-time activation link.</summary>
    private static async Task<int> CreateAdminAsync(IServiceProvider services, string[] args)
    {
        var at = Array.IndexOf(args, "--email");
        if (at < 0 || at + 1 >= args.Length || !args[at + 1].Contains('@', StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync("Usage: MsixPortal create-admin --email name@agency.gov");
            return 2;
        }
        var (link, problem) = await services.GetRequiredService<AdminBootstrap>().CreateAsync(args[at + 1]);
        if (link is null)
        {
            await Console.Error.WriteLineAsync(problem);
            return 1;
        }
        await Console.Out.WriteLineAsync("National administrator created. Give this one-time activation link to its owner");
        await Console.Out.WriteLineAsync("(it expires in 72 hours; they set a password and an authenticator app):");
        await Console.Out.WriteLineAsync(link.ToString());
        return 0;
    }
}
