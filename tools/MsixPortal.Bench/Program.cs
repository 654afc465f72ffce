using MsixPortal.Bench;

// MsixPortal.Bench <scenario> --base-url URL --email E --password P --totp-key K [scenario options]
// Drives a running portal over HTTP as a signed-in user and prints figures; used by scripts/bench/*.sh.
if (args.Length == 0)
{
    await Console.Error.WriteLineAsync("usage: MsixPortal.Bench record|reports|search|cookie|ingest-files|heavy-child-files|ingest-quality|ingest-api-client|phone-session --base-url URL --email E --password P --totp-key K ...");
    return 2;
}
var options = BenchArguments.Parse(args[1..]);
return args[0] switch
{
    "record" => await RecordScenario.RunAsync(options),
    "reports" => await ReportsScenario.RunAsync(options),
    "search" => await SearchScenario.RunAsync(options),
    "cookie" => await SessionCookie.PrintAsync(options),
    "ingest-files" => await IngestScenario.WriteFilesAsync(options),
    "heavy-child-files" => await HeavyChildScenario.WriteFilesAsync(options),
    "ingest-quality" => await IngestScenario.MeasureAsync(options),
    "ingest-api-client" => await IngestApiClient.CreateAsync(options),
    "phone-session" => await PhoneSession.RunAsync(options),
    _ => await Unknown(args[0]),
};

static async Task<int> Unknown(string scenario)
{
    await Console.Error.WriteLineAsync($"Unknown scenario {scenario}. Scenarios: record, reports, search, cookie, ingest-files, heavy-child-files, ingest-quality, ingest-api-client, phone-session.");
    return 2;
}
