using Npgsql;
using NpgsqlTypes;

namespace MsixPortal.Features.Search;

/// <summary>
/// The typed names turned into the words and sound codes the search keys hold, computed by the
/// same SQL functions that build the keys (search_name_part), so both sides always agree.
/// </summary>
public sealed record SearchTerms
{
    public string? FirstNormalized { get; init; }
    public string[] FirstWords { get; init; } = [];
    public string[] FirstFormalNames { get; init; } = [];
    public string[] FirstKeys { get; init; } = [];
    public string FirstCode { get; init; } = "";
    public string? LastNormalized { get; init; }
    public string LastCode { get; init; } = "";
    public string[] LastWords { get; init; } = [];
    public string[] LastKeys { get; init; } = [];
    public string[] MiddleWords { get; init; } = [];
    public string[] ParentWords { get; init; } = [];

    /// <summary>One code per parent word (no joined form): a record must hold all of them.</summary>
    public string[] ParentKeys { get; init; } = [];

    // The search reads rows scattered by the GIN index; with data in RAM or on SSD a random page
    // costs about what a sequential one does. Without this the planner prefers a whole-table scan
    // for common names (see docs/decisions/0003-search-keys.md). Set per search, on its connection.
    private const string Sql = """
        SET random_page_cost = 1.1;
        SELECT f.normalized, f.words, f.formal_names, f.first_keys,
               l.normalized, l.words, l.last_keys, m.words, p.words,
               ARRAY(SELECT DISTINCT 'p' || search_sound(w) FROM unnest(string_to_array(search_normalize(@parent), ' ')) AS w
                     WHERE cardinality(search_words(w)) > 0),
               f.code, l.code
        FROM search_name_part(@first) f, search_name_part(@last) l, search_name_part(@middle) m, search_name_part(@parent) p
        """;

    public static async Task<SearchTerms> ComputeAsync(NpgsqlConnection connection, SearchCriteria criteria,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(Text("first", criteria.FirstName));
        command.Parameters.Add(Text("last", criteria.LastName));
        command.Parameters.Add(Text("middle", criteria.MiddleName));
        command.Parameters.Add(Text("parent", criteria.ParentName));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (reader.FieldCount == 0 && await reader.NextResultAsync(cancellationToken))
        {
            // skip the SET statement's empty result
        }
        await reader.ReadAsync(cancellationToken);
        return new SearchTerms
        {
            FirstNormalized = NullIfEmpty(reader, 0),
            FirstWords = Words(reader, 1),
            FirstFormalNames = Words(reader, 2),
            FirstKeys = Words(reader, 3),
            LastNormalized = NullIfEmpty(reader, 4),
            LastWords = Words(reader, 5),
            LastKeys = Words(reader, 6),
            MiddleWords = Words(reader, 7),
            ParentWords = Words(reader, 8),
            ParentKeys = Words(reader, 9),
            FirstCode = reader.IsDBNull(10) ? "" : reader.GetString(10),
            LastCode = reader.IsDBNull(11) ? "" : reader.GetString(11),
        };
    }

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    private static string? NullIfEmpty(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) || reader.GetString(ordinal).Length == 0 ? null : reader.GetString(ordinal);

    private static string[] Words(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? [] : reader.GetFieldValue<string[]>(ordinal);
}
