using Npgsql;

namespace MsixPortal.Tests.Infrastructure.DataProtection;

/// <summary>Reads the Data Protection key ring as PostgreSQL stores it.</summary>
internal static class KeyRows
{
    public static async Task<long> CountAsync(string connectionString) =>
        (await XmlAsync(connectionString)).Count;

    public static async Task<IReadOnlyList<string>> XmlAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }
}
