namespace MsixPortal.TestSupport;

/// <summary>Finds the local PostgreSQL server binaries; a missing install fails loudly, never skips.</summary>
internal static class PostgresBinaries
{
    public static string Find()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin"))
            : [];
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':');
        foreach (var directory in candidates.Concat(onPath))
        {
            if (File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl")))
            {
                return directory;
            }
        }
        throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found. Install the Debian 'postgresql' " +
            "package (scripts/test.sh does) or set MSIX_TEST_DB to a PostgreSQL connection string.");
    }

    /// <summary>When running as root, the user to run the cluster as (initdb refuses root).</summary>
    public static string? RunAsUser() =>
        Environment.UserName == "root" ? "postgres" : null;
}
