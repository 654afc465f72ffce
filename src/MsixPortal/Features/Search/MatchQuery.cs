using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace MsixPortal.Features.Search;

/// <summary>
/// Builds the one SQL statement that finds, scores, groups and pages the matches for a search.
/// Candidates come only from index-backed paths (sound codes on the GIN index, birth dates and IDs
/// on B-trees, trigrams on GIN for the relaxed retry); scoring and grouping by consolidated student
/// happen in SQL on those candidates. See docs/decisions/0003-search-keys.md.
/// </summary>
public sealed class MatchQuery
{
    private readonly SearchCriteria _criteria;
    private readonly SearchTerms _terms;
    private readonly long? _msixStudentId;
    private readonly List<NpgsqlParameter> _parameters = [];

    public MatchQuery(SearchCriteria criteria, SearchTerms terms, long? msixStudentId)
    {
        _criteria = criteria;
        _terms = terms;
        _msixStudentId = msixStudentId;
    }

    private bool HasFirst => _terms.FirstKeys.Length > 0;
    private bool HasLast => _terms.LastKeys.Length > 0;
    private bool HasParent => _terms.ParentKeys.Length > 0;

    /// <summary>
    /// The statement for one page. <paramref name="relaxed"/> is the retry when nothing was found:
    /// names without the birth-date anchor, plus trigram similarity for typos no sound code catches.
    /// </summary>
    public NpgsqlCommand Build(NpgsqlConnection connection, int limit, int offset, bool relaxed)
    {
        _parameters.Clear();
        var sql = new StringBuilder()
            .Append("WITH candidates AS (").Append(string.Join(" UNION ALL ", CandidatePaths(relaxed))).Append("), ")
            .Append("scored AS (SELECT c.consolidated_student_id AS student_id, ")
            .Append(MatchLevels.Select(level => level.Sql + " AS " + level.Column).Aggregate((a, b) => a + ", " + b))
            .Append(" FROM candidates c")
            // One primary-key lookup per candidate, never a hash join over every record ("OFFSET 0" keeps the
            // planner from flattening it): the candidates are few by construction, the records are millions.
            .Append(NeedsRecordJoin ? " CROSS JOIN LATERAL (SELECT * FROM state_student_records r WHERE r.id = c.state_student_record_id OFFSET 0) r" : "")
            .Append(" WHERE ").Append(ChosenFilters)
            .Append("), best AS (SELECT DISTINCT ON (student_id) *, ").Append(ScoreSql).Append(" AS score FROM scored")
            .Append(" WHERE ").Append(RelevanceFilter)
            .Append(" ORDER BY student_id, score DESC) ")
            .Append("SELECT student_id, score, ")
            .Append(string.Join(", ", MatchLevels.Select(level => level.Column)))
            .Append(", count(*) OVER () AS total FROM best ORDER BY score DESC, student_id LIMIT @limit OFFSET @offset");
        Param("limit", NpgsqlDbType.Integer, limit);
        Param("offset", NpgsqlDbType.Integer, offset);
        var command = new NpgsqlCommand(sql.ToString(), connection);
        command.Parameters.AddRange(_parameters.ToArray());
        return command;
    }

    private IEnumerable<string> CandidatePaths(bool relaxed)
    {
        const string Select = "SELECT k.* FROM search_keys k WHERE ";
        if (_msixStudentId is not null)
        {
            yield return Select + "k.consolidated_student_id = " + Param("msix_student", NpgsqlDbType.Bigint, _msixStudentId.Value);
        }
        if (_criteria.StateStudentId is not null)
        {
            yield return Select + "k.state_student_id = " + Param("state_student_id", NpgsqlDbType.Text, NormalizeId(_criteria.StateStudentId));
        }
        if (HasParent && !_criteria.HasName)
        {
            yield return Select + "k.sound_keys @> " + Param("parent_keys", NpgsqlDbType.Array | NpgsqlDbType.Text, _terms.ParentKeys);
        }
        if (_criteria.BirthDate is { } birthDate && !relaxed)
        {
            yield return Select + "k.birth_date = ANY(" + Param("dob_anchor", NpgsqlDbType.Array | NpgsqlDbType.Date, AnchorDates(birthDate)) + ")";
            var near = Param("dob_near", NpgsqlDbType.Array | NpgsqlDbType.Date, BirthDateVariants.OneDigitOff(birthDate).ToArray());
            if (HasLast)
            {
                yield return Select + "k.sound_keys && " + LastKeys + " AND k.birth_date = ANY(" + near + ")";
            }
            else if (HasFirst)
            {
                yield return Select + "k.sound_keys && " + FirstKeys + " AND k.birth_date = ANY(" + near + ")";
            }
            yield break;
        }
        foreach (var path in NamePaths(relaxed))
        {
            yield return Select + path;
        }
        // A school or project name alone: the children enrolled there, by the name's normalised beginning
        // (B-tree on search_normalize(school_or_project_name), migration SchoolNameSearch).
        if (_criteria.SchoolName is not null && !_criteria.HasAnchorBesidesSchool)
        {
            // The enrollments first, as an array (an InitPlan), then the keys by record: no join over all keys.
            yield return Select + "k.state_student_record_id = ANY(ARRAY(SELECT e.state_student_record_id FROM enrollments e"
                + " WHERE search_normalize(e.school_or_project_name) LIKE search_normalize("
                + Param("school", NpgsqlDbType.Text, _criteria.SchoolName) + ") || '%'))";
        }
    }

    /// <summary>
    /// What the user chose restricts the results, per State record (a child is found through any of its
    /// records that fits): sex, birth country, birth State; multiple birth Yes keeps the records that say so,
    /// No those that do not (a State that sent nothing does not claim a multiple birth).
    /// </summary>
    private string ChosenFilters
    {
        get
        {
            var filters = new List<string> { "true" };
            if (_criteria.Sex is not null)
            {
                filters.Add("c.sex = " + Param("sex", NpgsqlDbType.Text, _criteria.Sex));
            }
            if (_criteria.BirthCountry is not null)
            {
                filters.Add("r.birth_country = " + Param("birth_country", NpgsqlDbType.Text, _criteria.BirthCountry));
            }
            if (_criteria.BirthState is not null)
            {
                filters.Add("r.birth_state = " + Param("birth_state", NpgsqlDbType.Text, _criteria.BirthState));
            }
            if (_criteria.MultipleBirth is { } multiple)
            {
                filters.Add(multiple ? "r.multiple_birth" : "r.multiple_birth IS NOT TRUE");
            }
            return string.Join(" AND ", filters);
        }
    }

    private IEnumerable<string> NamePaths(bool relaxed)
    {
        if (HasFirst && HasLast)
        {
            yield return "k.sound_keys && " + FirstKeys + " AND k.sound_keys && " + LastKeys;
        }
        else if (HasLast)
        {
            yield return "k.sound_keys && " + LastKeys;
        }
        else if (HasFirst)
        {
            yield return "k.sound_keys && " + FirstKeys;
        }
        if (relaxed && (HasFirst || HasLast))
        {
            var conditions = new List<string>();
            if (HasFirst)
            {
                conditions.Add("k.first_name % " + FirstNormalized);
            }
            if (HasLast)
            {
                conditions.Add("k.last_name % " + LastNormalized);
            }
            yield return string.Join(" AND ", conditions);
        }
    }

    private bool NeedsRecordJoin =>
        _criteria.BirthCity is not null || _criteria.BirthState is not null || _criteria.BirthCountry is not null
        || _criteria.MultipleBirth is not null;

    private string RelevanceFilter =>
        _criteria.HasName || HasParent ? "(first_level + last_level + parent_level + id_level) > 0" : "true";

    private const string ScoreSql = """
        (CASE last_level WHEN 3 THEN 30 WHEN 2 THEN 24 WHEN 1 THEN 14 ELSE 0 END) + 8 * last_similarity
        + (CASE first_level WHEN 4 THEN 25 WHEN 3 THEN 22 WHEN 2 THEN 20 WHEN 1 THEN 10 ELSE 0 END) + 6 * first_similarity
        + (CASE dob_level WHEN 3 THEN 35 WHEN 2 THEN 27 WHEN 1 THEN 22 ELSE 0 END)
        + (CASE parent_level WHEN 2 THEN 10 WHEN 1 THEN 7 ELSE 0 END)
        + 100 * id_level + 5 * middle_level + 4 * sex_level + 3 * state_level + 3 * extra_level
        """;

    private IEnumerable<(string Column, string Sql)> MatchLevels
    {
        get
        {
            yield return ("last_level", HasLast
                ? "CASE WHEN c.last_words && " + Words("last_words", _terms.LastWords) + " THEN 3 WHEN c.sound_keys && " + LastKeys
                  + " THEN 2 WHEN similarity(c.last_name, " + LastNormalized + ") >= 0.35 THEN 1 ELSE 0 END"
                : "0");
            yield return ("last_similarity", HasLast ? "similarity(c.last_name, " + LastNormalized + ") + " + CodeSimilarity("c.last_code", "last_code", _terms.LastCode) : "0");
            yield return ("first_level", HasFirst ? FirstLevelSql : "0");
            yield return ("first_similarity", HasFirst ? "similarity(c.first_name, " + FirstNormalized + ") + " + CodeSimilarity("c.first_code", "first_code", _terms.FirstCode) : "0");
            yield return ("dob_level", _criteria.BirthDate is { } dob ? DobLevelSql(dob) : "0");
            yield return ("parent_level", HasParent
                ? "CASE WHEN c.sound_keys @> " + Param("parent_all", NpgsqlDbType.Array | NpgsqlDbType.Text, _terms.ParentKeys)
                  + " THEN (CASE WHEN c.parent_words && " + Words("parent_words", _terms.ParentWords)
                  + " THEN 2 ELSE 1 END) ELSE 0 END"
                : "0");
            yield return ("id_level", IdLevelSql);
            yield return ("middle_level", _terms.MiddleWords.Length > 0
                ? "CASE WHEN c.first_words && " + Words("middle_words", _terms.MiddleWords) + " THEN 1 ELSE 0 END" : "0");
            yield return ("sex_level", _criteria.Sex is null ? "0"
                : "CASE WHEN c.sex = " + Param("sex", NpgsqlDbType.Text, _criteria.Sex) + " THEN 1 ELSE -2 END");
            yield return ("state_level", _criteria.StateCode is null ? "0"
                : "CASE WHEN c.state_code = " + Param("state", NpgsqlDbType.Text, _criteria.StateCode) + " THEN 1 ELSE 0 END");
            yield return ("extra_level", ExtraLevelSql);
        }
    }

    private string FirstLevelSql
    {
        get
        {
            var words = Words("first_words", _terms.FirstWords);
            var formal = Words("first_formal", _terms.FirstFormalNames);
            return "CASE WHEN c.first_words && " + words + " THEN 4 WHEN c.formal_names && " + words
                + " OR c.first_words && " + formal + " OR c.formal_names && " + formal + " THEN 3 WHEN c.sound_keys && " + FirstKeys
                + " THEN 2 WHEN similarity(c.first_name, " + FirstNormalized + ") >= 0.35 THEN 1 ELSE 0 END";
        }
    }

    private string DobLevelSql(DateOnly dob)
    {
        var swapped = BirthDateVariants.Swapped(dob);
        return "CASE WHEN c.birth_date = " + Param("dob", NpgsqlDbType.Date, dob)
            + (swapped is null ? "" : " THEN 3 WHEN c.birth_date = " + Param("dob_swapped", NpgsqlDbType.Date, swapped.Value) + " THEN 2")
            + (swapped is null ? " THEN 3" : "")
            + " WHEN c.birth_date = ANY(" + Param("dob_near_level", NpgsqlDbType.Array | NpgsqlDbType.Date, BirthDateVariants.OneDigitOff(dob).ToArray())
            + ") THEN 1 ELSE 0 END";
    }

    private string IdLevelSql
    {
        get
        {
            var terms = new List<string>();
            if (_msixStudentId is not null)
            {
                terms.Add("CASE WHEN c.consolidated_student_id = @msix_student THEN 1 ELSE 0 END");
            }
            if (_criteria.StateStudentId is not null)
            {
                terms.Add("CASE WHEN c.state_student_id = @state_student_id THEN 1 ELSE 0 END");
            }
            return terms.Count == 0 ? "0" : string.Join(" + ", terms);
        }
    }

    private string ExtraLevelSql
    {
        get
        {
            var terms = new List<string>();
            if (_criteria.BirthCity is not null)
            {
                terms.Add("CASE WHEN search_normalize(r.birth_city) = search_normalize(" + Param("birth_city", NpgsqlDbType.Text, _criteria.BirthCity) + ") THEN 1 ELSE 0 END");
            }
            if (_criteria.BirthState is not null)
            {
                terms.Add("CASE WHEN r.birth_state = " + Param("birth_state", NpgsqlDbType.Text, _criteria.BirthState) + " THEN 1 ELSE 0 END");
            }
            if (_criteria.BirthCountry is not null)
            {
                terms.Add("CASE WHEN r.birth_country = " + Param("birth_country", NpgsqlDbType.Text, _criteria.BirthCountry) + " THEN 1 ELSE 0 END");
            }
            if (_criteria.MultipleBirth is not null)
            {
                terms.Add("CASE WHEN r.multiple_birth = " + Param("multiple_birth", NpgsqlDbType.Boolean, _criteria.MultipleBirth.Value) + " THEN 1 ELSE 0 END");
            }
            if (_criteria.SchoolName is not null)
            {
                terms.Add("CASE WHEN EXISTS (SELECT 1 FROM enrollments e WHERE e.state_student_record_id = c.state_student_record_id"
                    + " AND similarity(search_normalize(e.school_or_project_name), search_normalize("
                    + Param("school", NpgsqlDbType.Text, _criteria.SchoolName) + ")) >= 0.4) THEN 1 ELSE 0 END");
            }
            return terms.Count == 0 ? "0" : string.Join(" + ", terms);
        }
    }

    /// <summary>1 when the whole names sound the same, down to 0 (fuzzystrmatch's levenshtein on the codes).</summary>
    private string CodeSimilarity(string column, string name, string code) =>
        "(1.0 - levenshtein(" + column + ", " + Param(name, NpgsqlDbType.Text, code) + ")::float8 / greatest(length("
        + column + "), length(@" + name + "), 1))";

    private string FirstKeys => Param("first_keys", NpgsqlDbType.Array | NpgsqlDbType.Text, _terms.FirstKeys);
    private string LastKeys => Param("last_keys", NpgsqlDbType.Array | NpgsqlDbType.Text, _terms.LastKeys);
    private string FirstNormalized => Param("first_norm", NpgsqlDbType.Text, _terms.FirstNormalized ?? "");
    private string LastNormalized => Param("last_norm", NpgsqlDbType.Text, _terms.LastNormalized ?? "");

    private string Words(string name, string[] words) => Param(name, NpgsqlDbType.Array | NpgsqlDbType.Text, words);

    private static DateOnly[] AnchorDates(DateOnly birthDate) =>
        BirthDateVariants.Swapped(birthDate) is { } swapped ? [birthDate, swapped] : [birthDate];

    /// <summary>State IDs are compared upper case, letters and digits only (as the keys store them).</summary>
    public static string NormalizeId(string id) =>
        new string(id.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();

    /// <summary>Adds the parameter once (paths and levels share them) and returns its placeholder.</summary>
    private string Param(string name, NpgsqlDbType type, object value)
    {
        if (!_parameters.Exists(p => p.ParameterName == name))
        {
            _parameters.Add(new NpgsqlParameter(name, type) { Value = value });
        }
        return "@" + name;
    }
}
