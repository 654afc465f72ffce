using System.Text.RegularExpressions;
using MsixPortal.Features.Search;
using MsixPortal.TestSupport;
using Npgsql;

namespace MsixPortal.Tests.Features.Search;

/// <summary>
/// Thirty thousand State records with a realistic spread of names and birth dates, analysed, so the
/// planner chooses as it would in production.
/// </summary>
public sealed class SearchPlanFixture : PortalAppFactory
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO consolidated_students (msix_id, created_at)
            SELECT (100000000000 + g)::text, now() FROM generate_series(1, 30000) g;
            WITH f(names) AS (SELECT string_to_array('Maria Jose Juan Luis Carlos Jesus Guadalupe Francisco Guillermo Ana Rosa Jorge Miguel Pedro Lisette Yesenia Alejandro Daniel David Diego Fernando Gabriela Karla Laura Leticia Lucia Manuel Marco Martha Mayra Monica Nancy Norma Oscar Pablo Patricia Raul Ricardo Roberto Rocio Ruben Sandra Sergio Silvia Sofia Teresa Veronica Victor Ximena Yolanda Adriana Alberto Alicia Andrea Angel Antonio Arturo Beatriz Blanca Brenda Carmen Cesar Claudia Cristina Edgar Eduardo Elena Enrique Erika Ernesto Esperanza Esteban Eva Felipe Gerardo Gloria Hector Hugo Ignacio Irma Isabel Ivan Javier Jaime Joaquin Josefina Julia Julio Leonardo Lorena Luz Marisol Mario Mateo Noemi Omar Ramon', ' ')),
                 l(names) AS (SELECT string_to_array('Garcia Hernandez Martinez Lopez Gonzalez Rodriguez Perez Sanchez Ramirez Cruz Flores Gomez Morales Vazquez Jimenez Reyes Diaz Torres Gutierrez Ruiz Mendoza Aguilar Ortiz Moreno Castillo Romero Alvarez Mendez Chavez Rivera Juarez Ramos Dominguez Herrera Medina Castro Vargas Guzman Velazquez Munoz Rojas Contreras Salazar Luna Ortega Santiago Guerrero Estrada Bautista Cortes Soto Alvarado Espinoza Lara Avila Rios Cervantes Silva Delgado Vega Marquez Sandoval Fernandez Leon Carrillo Mejia Solis Nunez Rosas Valdez Ibarra Campos Maldonado Navarro Pena Cabrera Acosta Trujillo Fuentes Miranda Robles Cardenas Serrano Zamora Escobar Villanueva Galvan Molina Padilla Ayala Pacheco Ochoa Rubio Arellano Lozano Figueroa Marin Cisneros Tapia Zuniga Trejo Montes Duran Sosa Palacios Valencia Barrera Benitez Beltran Osorio Villarreal Mora Cordova Rangel Meza Pineda Calderon Ponce Velasco Orozco Salinas Huerta Quintero Andrade Zavala Carmona Esquivel', ' '))
            INSERT INTO state_student_records (consolidated_student_id, state_code, state_student_id, state_student_id_type,
                first_name, last_name1, last_name2, sex, birth_date, parent1first_name, parent1last_name, created_at, last_submitted_at)
            SELECT s.id, (ARRAY['TX','CA','FL','WA'])[1 + s.id % 4], 'P' || s.id, '01',
                   f.names[1 + (s.id * 7) % cardinality(f.names)], l.names[1 + (s.id * 13) % cardinality(l.names)],
                   l.names[1 + (s.id * 31) % cardinality(l.names)], CASE WHEN s.id % 2 = 0 THEN 'Female' ELSE 'Male' END,
                   date '2005-01-01' + ((s.id * 37) % 6570)::int, f.names[1 + (s.id * 11) % cardinality(f.names)],
                   l.names[1 + (s.id * 13) % cardinality(l.names)], now(), now()
            FROM consolidated_students s, f, l;
            INSERT INTO enrollments (state_student_record_id, sequence, submitted_at, enrollment_date, enrollment_type, school_or_project_name)
            SELECT r.id, 1, now(), r.birth_date + 2200, '01', 'School ' || (r.id % 500) FROM state_student_records r;
            ANALYZE;
            """, connection);
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync();
    }
}

public partial class SearchPlanTests(SearchPlanFixture factory) : IClassFixture<SearchPlanFixture>
{
    public static TheoryData<string, bool> Shapes => new()
    {
        { "name+dob", false }, { "name only", false }, { "first name only", false }, { "last name only", false },
        { "dob only", false }, { "msix id", false }, { "state id", false }, { "parent", false },
        { "name+dob+advanced", false }, { "name only", true }, { "last name only", true }, { "school only", false },
        { "last name+filters", false },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Explain_EveryQueryShape_NoSequentialScanOfBigTables(string shape, bool relaxed)
    {
        var criteria = Criteria(shape);
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        var terms = await SearchTerms.ComputeAsync(connection, criteria, CancellationToken.None);
        long? msixStudent = criteria.MsixId is null ? null : 1;
        await using var command = new MatchQuery(criteria, terms, msixStudent).Build(connection, 20, 0, relaxed);
        command.CommandText = "EXPLAIN " + command.CommandText;

        var text = string.Join('\n', await PlanAsync(command));
        Assert.False(BigTableSeqScan().IsMatch(text), text);
        Assert.Matches("Index|Bitmap", text);
    }

    [Fact]
    public async Task Explain_ResultDetailsOfOnePage_UseIndexesNotAScanOfEnrollments()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("EXPLAIN " + SearchResultDetails.Sql, connection);
        command.Parameters.AddWithValue("ids", Enumerable.Range(100, 20).Select(i => (long)i).ToArray());

        var text = string.Join('\n', await PlanAsync(command));

        Assert.DoesNotMatch(BigTableSeqScan(), text);
        Assert.Matches("Index", text);
    }

    private static async Task<List<string>> PlanAsync(NpgsqlCommand command)
    {
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(0));
        }
        return plan;
    }

    private static SearchCriteria Criteria(string shape) => shape switch
    {
        "name+dob" => new() { FirstName = "Lizete", LastName = "Ramirez Soto", BirthDate = new DateOnly(2012, 4, 7) },
        "name+dob+advanced" => new()
        {
            FirstName = "Lizete", LastName = "Ramirez", BirthDate = new DateOnly(2012, 4, 7), Sex = "Female", StateCode = "TX",
            MiddleName = "Ana", ParentName = "Jose Ramirez", BirthCity = "Oaxaca", BirthCountry = "MX", SchoolName = "Lincoln", MultipleBirth = false,
        },
        "name only" => new() { FirstName = "Yesenia", LastName = "Vazquez" },
        "first name only" => new() { FirstName = "Guillermo" },
        "last name only" => new() { LastName = "Jimenez" },
        "dob only" => new() { BirthDate = new DateOnly(2010, 11, 3) },
        "msix id" => new() { MsixId = "100000000011" },
        "state id" => new() { StateStudentId = "P1234" },
        "parent" => new() { ParentName = "Jose Garcia" },
        "school only" => new() { SchoolName = "Lincoln Elementary" },
        "last name+filters" => new() { LastName = "Jimenez", Sex = "Male", BirthCountry = "MX", BirthState = "TX", MultipleBirth = true },
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    [GeneratedRegex("Seq Scan on (search_keys|state_student_records|consolidated_students|enrollments)")]
    private static partial Regex BigTableSeqScan();
}
