using System.Globalization;
using MsixPortal.Data;
using MsixPortal.Features.SyntheticData.GroundTruth;
using MsixPortal.Features.SyntheticData.Loading;
using MsixPortal.Infrastructure;

namespace MsixPortal.Operations;

/// <summary>
/// <c>MsixPortal generate --students N --seed S [--truth-file PATH] [--batch-size B]</c>: generates synthetic
/// migrant children and loads them as linked consolidated students, writing the ground truth to PATH (and
/// PATH's .children.csv). Runs as the migration owner when ConnectionStrings:PortalMigrations is set, so it
/// may rebuild indexes around the load. Refused in Production: synthetic children must never mix with real ones.
/// </summary>
internal static class GenerateCommand
{
    public const string Usage = "usage: MsixPortal generate --students N --seed S [--truth-file PATH] [--batch-size B]";

    public static async Task<int> RunAsync(IConfiguration configuration, IHostEnvironment environment, IReadOnlyList<string> args)
    {
        if (environment.IsProduction())
        {
            await Console.Error.WriteLineAsync("generate is refused in Production: it writes synthetic children into the database.");
            return 1;
        }
        if (!TryParse(args, out var options, out var truthFile))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        var connectionString = OwnerConnectionString(configuration);
        truthFile = Path.GetFullPath(truthFile ?? GroundTruthFiles.DefaultPath(options.Students, options.Seed));
        var output = new ProgressPrinter(options.Students);
        LoadSummary summary;
        await using (var truth = new GroundTruthCsvWriter(truthFile))
        {
            summary = await SyntheticDataLoader.LoadAsync(connectionString, options, truth, output.Report);
        }
        ProgressPrinter.Summary(summary, truthFile);
        return 0;
    }

    internal static string OwnerConnectionString(IConfiguration configuration)
    {
        var owner = configuration.GetConnectionString(PortalMigrator.MigrationsConnectionStringName);
        return !string.IsNullOrWhiteSpace(owner)
            ? owner
            : configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionStringName)!;
    }

    private static bool TryParse(IReadOnlyList<string> args, out SyntheticLoadOptions options, out string? truthFile)
    {
        int? students = null, seed = null, batch = null;
        truthFile = null;
        options = new SyntheticLoadOptions(0, 0);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--students": students = PositiveNumber(value); break;
                case "--seed": seed = int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? s : null; break;
                case "--truth-file": truthFile = value; break;
                case "--batch-size": batch = PositiveNumber(value); break;
                default: return false;
            }
        }
        if (args.Count % 2 != 0 || students is null || seed is null)
        {
            return false;
        }
        options = new SyntheticLoadOptions(students.Value, seed.Value) { BatchSize = batch ?? 10_000 };
        return true;
    }

    private static int? PositiveNumber(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
