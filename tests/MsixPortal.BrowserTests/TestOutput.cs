using MsixPortal.TestSupport;

namespace MsixPortal.BrowserTests;

/// <summary>
/// test-output/ at the repository root (git-ignored), or MSIX_TEST_OUTPUT if set: where screenshots
/// go so that a person can look at them after a run.
/// </summary>
internal static class TestOutput
{
    public static string Directory(string subfolder)
    {
        var root = Environment.GetEnvironmentVariable("MSIX_TEST_OUTPUT") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot.Path, "test-output");
        return System.IO.Directory.CreateDirectory(Path.Combine(root, subfolder)).FullName;
    }
}
