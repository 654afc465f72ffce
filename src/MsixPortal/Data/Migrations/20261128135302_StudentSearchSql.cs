namespace MsixPortal.Data.Migrations;

/// <summary>
/// The SQL half of the StudentSearch migration: extensions, the normaliser and sound code, and the
/// statement-level triggers that keep search_keys in step with state_student_records. Written
/// once here so that every writer (imports, merges, the generator's bulk COPY) updates the keys.
/// See docs/decisions/0003-search-keys.md for the design.
/// </summary>
internal static class StudentSearchSql
{
    public const string Extensions = """
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
        """;

    public const string Functions = """
        -- Lower case, accents removed (unaccent), apostrophes dropped (O'Neil = oneil), any other
        -- non-letter a space (hyphens: Liz-et = liz et).
        CREATE FUNCTION search_normalize(raw text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $fn$
          SELECT btrim(regexp_replace(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, raw)),
            '[''’`´]', '', 'g'), '[^a-z]+', ' ', 'g'))
        $fn$;

        -- Words of a normalised name without surname particles, plus all its words joined
        -- (Liz-et -> liz, et, lizet; de la Cruz -> cruz, delacruz).
        CREATE FUNCTION search_words(normalized text) RETURNS text[]
        LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
        AS $fn$
        DECLARE
          result text[] := '{}';
          w text;
        BEGIN
          FOREACH w IN ARRAY string_to_array(normalized, ' ') LOOP
            IF w <> '' AND w NOT IN ('de','del','la','las','los','y','e','da','das','do','dos','di','van','von','der') THEN
              result := result || w;
            END IF;
          END LOOP;
          IF position(' ' IN normalized) > 0 THEN
            result := result || replace(normalized, ' ', '');
          END IF;
          RETURN result;
        END
        $fn$;

        -- Spanish-aware sound code of one normalised word: spellings that sound alike in Spanish
        -- (or as U.S. staff hear Spanish) get the same code. Vowels after the first letter are
        -- dropped, so Lissete, Lizete, Lizet and Lisette all give lst.
        CREATE FUNCTION search_sound(word text) RETURNS text
        LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
        AS $fn$
        DECLARE t text := word;
        BEGIN
          t := regexp_replace(t, '^x([aeiou])', 'j\1');          -- Ximenez = Jimenez
          t := regexp_replace(t, '([^cs]|^)h', '\1', 'g');       -- silent h (Hernandez = Ernandez)
          t := replace(t, 'ph', 'f');
          t := replace(t, 'ch', '1');                            -- ch and sh: one sound each
          t := replace(t, 'sh', '1');
          t := regexp_replace(t, 'gu([ei])', '2\1', 'g');        -- hard g of gue/gui (Guillermo)
          t := regexp_replace(t, 'g([ei])', 'j\1', 'g');         -- soft g = j (Gimenez = Jimenez)
          t := replace(t, 'g', '2');
          t := replace(t, 'qu', 'k');
          t := regexp_replace(t, 'c([ei])', 's\1', 'g');         -- soft c = s
          t := translate(t, 'cqzvwx', 'kksbbs');                 -- c/q = k, z = s, v = w = b, x ~ s
          t := replace(t, 'll', 'y');                            -- Llesenia = Yesenia
          t := regexp_replace(t, 'y([^aeiou]|$)', 'i\1', 'g');   -- y as a vowel
          t := regexp_replace(t, '(.)\1+', '\1', 'g');
          t := substr(t, 1, 1) || regexp_replace(substr(t, 2), '[aeiou]', '', 'g');
          t := regexp_replace(t, '^[aeiou]', 'a');               -- any initial vowel
          RETURN regexp_replace(t, '(.)\1+', '\1', 'g');
        END
        $fn$;

        -- The words and role-tagged sound codes of one raw name string. First-name codes include
        -- the formal names its nicknames stand for (Chuy -> jesus).
        CREATE FUNCTION search_name_part(raw text) RETURNS search_name_parts
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $fn$
          SELECT raw, w.normalized, search_sound(replace(w.normalized, ' ', '')), w.words, nick.formal_names,
                 ARRAY(SELECT DISTINCT 'f' || search_sound(x) FROM unnest(w.words || nick.formal_names) x),
                 ARRAY(SELECT DISTINCT 'l' || search_sound(x) FROM unnest(w.words) x),
                 ARRAY(SELECT DISTINCT 'p' || search_sound(x) FROM unnest(w.words) x)
          FROM (SELECT search_normalize(raw) AS normalized) n
          CROSS JOIN LATERAL (SELECT n.normalized, coalesce(search_words(n.normalized), '{}') AS words) w
          CROSS JOIN LATERAL (SELECT ARRAY(SELECT DISTINCT k.formal_name FROM name_nicknames k
                                           WHERE k.nickname = ANY (w.words)) AS formal_names) nick
        $fn$;

        -- Caches the parts of each distinct name string once (a million records share a few
        -- thousand distinct names, so bulk loads normalise each name once).
        CREATE FUNCTION search_add_name_parts(raws text[]) RETURNS void
        LANGUAGE sql VOLATILE
        AS $fn$
          INSERT INTO search_name_parts (raw, normalized, code, words, formal_names, first_keys, last_keys, parent_keys)
          SELECT (search_name_part(r.raw)).*
          FROM (SELECT DISTINCT raw FROM unnest(raws) AS raw WHERE raw IS NOT NULL) r
          WHERE NOT EXISTS (SELECT 1 FROM search_name_parts p WHERE p.raw = r.raw)
          ON CONFLICT (raw) DO NOTHING
        $fn$;

        -- The search keys of every State record, from the cached name parts.
        CREATE VIEW search_key_source AS
        SELECT r.id AS state_student_record_id, r.consolidated_student_id, r.state_code,
               upper(regexp_replace(r.state_student_id, '[^A-Za-z0-9]', '', 'g')) AS state_student_id,
               r.sex, r.birth_date,
               concat_ws(' ', nullif(f.normalized, ''), nullif(m.normalized, '')) AS first_name,
               concat_ws(' ', nullif(l1.normalized, ''), nullif(l2.normalized, '')) AS last_name,
               coalesce(f.code, '') AS first_code,
               coalesce(l12.code, l1.code, '') AS last_code,
               f.words || coalesce(m.words, '{}') AS first_words,
               f.formal_names || coalesce(m.formal_names, '{}') AS formal_names,
               l1.words || coalesce(l2.words, '{}') || coalesce(l12.words, '{}') AS last_words,
               coalesce(p1f.words, '{}') || coalesce(p1l.words, '{}') || coalesce(p2f.words, '{}') || coalesce(p2l.words, '{}') AS parent_words,
               f.first_keys || coalesce(m.first_keys, '{}') || l1.last_keys || coalesce(l2.last_keys, '{}')
                 || coalesce(l12.last_keys, '{}') || coalesce(p1f.parent_keys, '{}') || coalesce(p1l.parent_keys, '{}')
                 || coalesce(p2f.parent_keys, '{}') || coalesce(p2l.parent_keys, '{}') AS sound_keys
        FROM state_student_records r
        JOIN search_name_parts f ON f.raw = r.first_name
        LEFT JOIN search_name_parts m ON m.raw = r.middle_name
        JOIN search_name_parts l1 ON l1.raw = r.last_name1
        LEFT JOIN search_name_parts l2 ON l2.raw = r.last_name2
        LEFT JOIN search_name_parts l12 ON l12.raw = r.last_name1 || ' ' || r.last_name2
        LEFT JOIN search_name_parts p1f ON p1f.raw = r.parent1first_name
        LEFT JOIN search_name_parts p1l ON p1l.raw = r.parent1last_name
        LEFT JOIN search_name_parts p2f ON p2f.raw = r.parent2first_name
        LEFT JOIN search_name_parts p2l ON p2l.raw = r.parent2last_name;

        -- Set-based: one call per INSERT/UPDATE statement, however many rows (COPY included).
        CREATE FUNCTION search_keys_refresh_changed() RETURNS trigger
        LANGUAGE plpgsql
        AS $fn$
        BEGIN
          PERFORM search_add_name_parts(ARRAY(
            SELECT unnest(ARRAY[c.first_name, c.middle_name, c.last_name1, c.last_name2,
                                c.last_name1 || ' ' || c.last_name2, c.parent1first_name, c.parent1last_name,
                                c.parent2first_name, c.parent2last_name]::text[])
            FROM changed_records c));
          DELETE FROM search_keys k USING changed_records c WHERE k.state_student_record_id = c.id;
          INSERT INTO search_keys (state_student_record_id, consolidated_student_id, state_code, state_student_id,
                                   sex, birth_date, first_name, last_name, first_code, last_code, first_words, formal_names, last_words, parent_words, sound_keys)
          SELECT s.* FROM search_key_source s
          WHERE s.state_student_record_id IN (SELECT c.id FROM changed_records c);
          RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER search_keys_after_insert AFTER INSERT ON state_student_records
          REFERENCING NEW TABLE AS changed_records FOR EACH STATEMENT EXECUTE FUNCTION search_keys_refresh_changed();
        CREATE TRIGGER search_keys_after_update AFTER UPDATE ON state_student_records
          REFERENCING NEW TABLE AS changed_records FOR EACH STATEMENT EXECUTE FUNCTION search_keys_refresh_changed();

        -- Rebuilds every key from scratch (after the nickname list changes, or to repair).
        CREATE FUNCTION search_keys_rebuild() RETURNS void
        LANGUAGE plpgsql
        AS $fn$
        BEGIN
          DELETE FROM search_keys;
          DELETE FROM search_name_parts;
          PERFORM search_add_name_parts(ARRAY(
            SELECT DISTINCT unnest(ARRAY[r.first_name, r.middle_name, r.last_name1, r.last_name2,
                                r.last_name1 || ' ' || r.last_name2, r.parent1first_name, r.parent1last_name,
                                r.parent2first_name, r.parent2last_name]::text[])
            FROM state_student_records r));
          INSERT INTO search_keys (state_student_record_id, consolidated_student_id, state_code, state_student_id,
                                   sex, birth_date, first_name, last_name, first_code, last_code, first_words, formal_names, last_words, parent_words, sound_keys)
          SELECT s.* FROM search_key_source s;
        END
        $fn$;
        """;

    public const string DropFunctions = """
        DROP TRIGGER IF EXISTS search_keys_after_insert ON state_student_records;
        DROP TRIGGER IF EXISTS search_keys_after_update ON state_student_records;
        DROP FUNCTION IF EXISTS search_keys_rebuild();
        DROP FUNCTION IF EXISTS search_keys_refresh_changed();
        DROP VIEW IF EXISTS search_key_source;
        DROP FUNCTION IF EXISTS search_add_name_parts(text[]);
        DROP FUNCTION IF EXISTS search_name_part(text);
        DROP FUNCTION IF EXISTS search_sound(text);
        DROP FUNCTION IF EXISTS search_words(text);
        DROP FUNCTION IF EXISTS search_normalize(text);
        """;
}
