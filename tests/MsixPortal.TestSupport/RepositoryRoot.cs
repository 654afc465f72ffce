namespace MsixPortal.TestSupport;

/// <summary>The checkout the tests were built from (the folder holding MsixPortal.sln), for scans of the source.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "MsixPortal.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("MsixPortal.sln not found above the test binaries.");
    }
}
