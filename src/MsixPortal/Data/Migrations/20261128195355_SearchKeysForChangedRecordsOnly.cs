using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <summary>
    /// Search keys maintained for the changed State records only, by their IDs. Before, the trigger
    /// filtered the 10-table search_key_source view with <c>IN (SELECT id FROM changed_records)</c>: past
    /// the planner's collapse limits, so it computed the keys of every record (seconds at a million
    /// records) to keep a few. Now the IDs are a plain condition the planner pushes into the view (an index
    /// scan), and an UPDATE refreshes only the records whose searched columns changed: a State's update
    /// file re-sends mostly the same names with new enrollments.
    /// </summary>
    public partial class SearchKeysForChangedRecordsOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                -- The search keys of the given State records, recomputed from their current rows.
                CREATE FUNCTION search_keys_refresh(ids bigint[]) RETURNS void
                LANGUAGE plpgsql
                AS $fn$
                BEGIN
                  IF cardinality(ids) = 0 THEN
                    RETURN;
                  END IF;
                  PERFORM search_add_name_parts(ARRAY(
                    SELECT unnest(ARRAY[r.first_name, r.middle_name, r.last_name1, r.last_name2,
                                        r.last_name1 || ' ' || r.last_name2, r.parent1first_name, r.parent1last_name,
                                        r.parent2first_name, r.parent2last_name]::text[])
                    FROM state_student_records r WHERE r.id = ANY(ids)));
                  DELETE FROM search_keys k WHERE k.state_student_record_id = ANY(ids);
                  INSERT INTO search_keys (state_student_record_id, consolidated_student_id, state_code, state_student_id,
                                           sex, birth_date, first_name, last_name, first_code, last_code, first_words, formal_names, last_words, parent_words, sound_keys)
                  SELECT s.* FROM search_key_source s WHERE s.state_student_record_id = ANY(ids);
                END
                $fn$;

                CREATE OR REPLACE FUNCTION search_keys_refresh_changed() RETURNS trigger
                LANGUAGE plpgsql
                AS $fn$
                BEGIN
                  PERFORM search_keys_refresh(ARRAY(SELECT c.id FROM changed_records c));
                  RETURN NULL;
                END
                $fn$;

                -- Only the updated records whose searched columns (those search_key_source reads) changed.
                CREATE FUNCTION search_keys_refresh_updated() RETURNS trigger
                LANGUAGE plpgsql
                AS $fn$
                BEGIN
                  PERFORM search_keys_refresh(ARRAY(
                    SELECT n.id FROM changed_records n JOIN previous_records o ON o.id = n.id
                    WHERE (n.consolidated_student_id, n.state_code, n.state_student_id, n.sex, n.birth_date, n.first_name,
                           n.middle_name, n.last_name1, n.last_name2, n.parent1first_name, n.parent1last_name,
                           n.parent2first_name, n.parent2last_name)
                      IS DISTINCT FROM (o.consolidated_student_id, o.state_code, o.state_student_id, o.sex, o.birth_date, o.first_name,
                           o.middle_name, o.last_name1, o.last_name2, o.parent1first_name, o.parent1last_name,
                           o.parent2first_name, o.parent2last_name)));
                  RETURN NULL;
                END
                $fn$;

                DROP TRIGGER search_keys_after_update ON state_student_records;
                CREATE TRIGGER search_keys_after_update AFTER UPDATE ON state_student_records
                  REFERENCING OLD TABLE AS previous_records NEW TABLE AS changed_records
                  FOR EACH STATEMENT EXECUTE FUNCTION search_keys_refresh_updated();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER search_keys_after_update ON state_student_records;
                CREATE TRIGGER search_keys_after_update AFTER UPDATE ON state_student_records
                  REFERENCING NEW TABLE AS changed_records FOR EACH STATEMENT EXECUTE FUNCTION search_keys_refresh_changed();
                DROP FUNCTION search_keys_refresh_updated();

                CREATE OR REPLACE FUNCTION search_keys_refresh_changed() RETURNS trigger
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
                DROP FUNCTION search_keys_refresh(bigint[]);
                """);
        }
    }
}
