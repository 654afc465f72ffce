using System.Globalization;
using MsixPortal.Features.Submissions;

namespace MsixPortal.Operations;

/// <summary>
/// <c>MsixPortal submit --state TX --file students.xml [--dry-run] [--key K]</c>: submits a State file
/// from the command line (bulk loads, the benchmark, and the killed-process test). Prints the result
/// counts as one line; no values from the file.
/// </summary>
internal static class SubmitCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var state = Option(args, "--state");
        var file = Option(args, "--file");
        if (state is null || file is null)
        {
            await Console.Error.WriteLineAsync("Usage: MsixPortal submit --state XX --file PATH [--dry-run] [--key IDEMPOTENCY-KEY]");
            return 2;
        }
        var request = new SubmissionRequest(state.ToUpperInvariant(), "operator",
            IdempotencyKey: Option(args, "--key"), DryRun: args.Contains("--dry-run"));
        await using var stream = File.OpenRead(file);
        var result = await services.GetRequiredService<SubmissionService>().SubmitAsync(request, stream);
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{(result.DryRun ? "dry run" : result.Replayed ? "replayed" : "applied")}: status={result.Status} students={result.StudentCount} inserted={result.Inserted} updated={result.Updated} deleted={result.Deleted} rejected={result.Rejected} linked={result.Linked} new={result.NewStudents} near_match={result.NearMatches} problems={result.Problems.Count}"));
        if (result.FileProblem is not null)
        {
            await Console.Out.WriteLineAsync(result.FileProblem);
        }
        return result.Status == Data.Entities.Submissions.SubmissionStatus.Applied ? 0 : 1;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
