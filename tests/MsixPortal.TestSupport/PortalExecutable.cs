using System.Diagnostics;

namespace MsixPortal.TestSupport;

/// <summary>What one run of the portal executable printed and returned.</summary>
public sealed record PortalRun(int ExitCode, string Output, string Error);

/// <summary>
/// Runs the built portal (MsixPortal.dll beside the tests) as its own process, the way an operator
/// runs <c>MsixPortal migrate</c>: in a child process, so its environment (the connection string)
/// cannot leak into other tests and no in-process WebApplicationFactory picks up its host.
/// </summary>
public static class PortalExecutable
{
    public static Task<PortalRun> RunAsync(string connectionString, params string[] arguments) =>
        RunWithSettingsAsync(new Dictionary<string, string> { ["ConnectionStrings__Portal"] = connectionString }, arguments);

    /// <summary>Runs with the given settings as environment variables (e.g. ConnectionStrings__PortalMigrations).</summary>
    public static async Task<PortalRun> RunWithSettingsAsync(
        IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        using var process = Start(settings, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The portal did not finish '{string.Join(' ', arguments)}' in 5 minutes.");
        }
        return new PortalRun(process.ExitCode, await output, await error);
    }

    /// <summary>
    /// Starts the portal without waiting, its output redirected: for tests that must stop it midway
    /// (kill it with <c>Kill(entireProcessTree: true)</c>).
    /// </summary>
    public static Process Start(IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MsixPortal.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the portal.");
    }
}
