using MsixPortal.Features.SyntheticData.Demo;

namespace MsixPortal.Operations;

/// <summary>
/// <c>MsixPortal seed-demo</c>: demo data for a development or test installation — the demo students
/// (<see cref="DemoStudentSeeder"/>); refused in Production. Standard output is kept for the demo
/// accounts (one per line, role TAB email TAB password TAB authenticator key), so the student count
/// goes to standard error.
/// </summary>
internal static class SeedDemoCommand
{
    public static async Task<int> RunAsync(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsProduction())
        {
            await Console.Error.WriteLineAsync("seed-demo is refused in Production: it writes demo data into the database.");
            return 1;
        }
        var students = await DemoStudentSeeder.SeedAsync(OwnerConnectionString.From(configuration));
        await Console.Error.WriteLineAsync(students > 0
            ? $"Demo students loaded: {students}."
            : "Demo students were already there.");
        return 0;
    }
}
