using System.Globalization;
using MsixPortal.Features.Search;
using MsixPortal.TestSupport;
using Npgsql;
using Xunit.Abstractions;

namespace MsixPortal.Tests.Features.Search;

/// <summary>
/// Twenty thousand synthetic children (seeded: names and dates from fixed lists by a hash of the row
/// number), each child's own record being the ground truth the typed queries are measured against.
/// </summary>
public sealed class SearchQualityFixture : PortalAppFactory
{
    public const int Children = 20_000;

    private const string FirstNames =
        "María José Juan Luis Carlos Jesús Guadalupe Francisco Guillermo Ana Rosa Jorge Miguel Pedro Lissete Yesenia " +
        "Alejandro Daniel David Diego Fernando Gabriela Karla Laura Leticia Lucía Manuel Marco Martha Mayra Mónica Nancy " +
        "Norma Óscar Pablo Patricia Raúl Ricardo Roberto Rocío Rubén Sandra Sergio Silvia Sofía Teresa Verónica Víctor " +
        "Ximena Yolanda Adriana Alberto Alicia Andrea Ángel Antonio Arturo Beatriz Blanca Brenda Carmen César Claudia " +
        "Cristina Edgar Eduardo Elena Enrique Érika Ernesto Esperanza Esteban Eva Felipe Gerardo Gloria Héctor Hugo " +
        "Ignacio Irma Isabel Iván Javier Jaime Joaquín Josefina Julia Julio Leonardo Lorena Luz Marisol Mario Mateo " +
        "Noemí Omar Ramón Lizbeth Yesica Giovanni Jacqueline Génesis Yahir Xiomara Valeria Camila Regina Renata Itzel";

    private const string LastNames =
        "García Hernández Martínez López González Rodríguez Pérez Sánchez Ramírez Cruz Flores Gómez Morales Vázquez " +
        "Jiménez Reyes Díaz Torres Gutiérrez Ruiz Mendoza Aguilar Ortiz Moreno Castillo Romero Álvarez Méndez Chávez " +
        "Rivera Juárez Ramos Domínguez Herrera Medina Castro Vargas Guzmán Velázquez Muñoz Rojas Contreras Salazar Luna " +
        "Ortega Santiago Guerrero Estrada Bautista Cortés Soto Alvarado Espinoza Lara Ávila Ríos Cervantes Silva Delgado " +
        "Vega Márquez Sandoval Fernández León Carrillo Mejía Solís Núñez Rosas Valdez Ibarra Campos Maldonado Navarro " +
        "Peña Cabrera Acosta Trujillo Fuentes Miranda Robles Cárdenas Serrano Zamora Escobar Villanueva Galván Molina " +
        "Padilla Ayala Pacheco Ochoa Rubio Arellano Lozano Figueroa Marín Cisneros Tapia Zúñiga Trejo Montes Durán Sosa " +
        "Palacios Valencia Barrera Benítez Beltrán Osorio Villarreal Mora Córdova Rangel Meza Pineda Calderón Ponce " +
        "Velasco Orozco Salinas Huerta Quintero Andrade Zavala Carmona Esquivel Olvera Yáñez Quiñones Villaseñor Llamas " +
        "Ybarra Xicoténcatl Bermúdez Gallegos Zepeda Del_Toro De_la_Cruz De_León San_Juan De_la_Rosa Del_Río";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO consolidated_students (msix_id, created_at)
            SELECT (200000000000 + g)::text, now() FROM generate_series(1, @children) g;
            WITH f(names) AS (SELECT string_to_array(@first, ' ')), l(names) AS (SELECT string_to_array(replace(@last, '_', '~'), ' ')),
                 h AS (SELECT s.id, abs(hashtext('child' || s.id)) AS a, abs(hashtext('surname' || s.id)) AS b,
                              abs(hashtext('second' || s.id)) AS c, abs(hashtext('born' || s.id)) AS d FROM consolidated_students s)
            INSERT INTO state_student_records (consolidated_student_id, state_code, state_student_id, state_student_id_type,
                first_name, last_name1, last_name2, sex, birth_date, created_at, last_submitted_at)
            SELECT h.id, (ARRAY['TX','CA','FL','WA','OR','NC'])[1 + h.a % 6], 'Q' || h.id, '01',
                   f.names[1 + h.a % cardinality(f.names)], replace(l.names[1 + h.b % cardinality(l.names)], '~', ' '),
                   CASE WHEN h.c % 5 = 0 THEN NULL ELSE replace(l.names[1 + h.c % cardinality(l.names)], '~', ' ') END,
                   CASE WHEN h.a % 2 = 0 THEN 'Female' ELSE 'Male' END,
                   date '2005-01-01' + (h.d % 6570)::int, now(), now()
            FROM h, f, l;
            ANALYZE;
            """, connection);
        command.Parameters.AddWithValue("children", Children);
        command.Parameters.AddWithValue("first", FirstNames);
        command.Parameters.AddWithValue("last", LastNames);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The true identities of <paramref name="count"/> children picked with <paramref name="seed"/>.</summary>
    public async Task<IReadOnlyList<TrueIdentity>> PickAsync(int count, int seed)
    {
        var random = new Random(seed);
        var ids = Enumerable.Range(0, count).Select(_ => 200_000_000_001L + random.Next(Children)).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT s.msix_id, r.first_name, r.last_name1, r.last_name2, r.birth_date
            FROM unnest(@ids) WITH ORDINALITY AS pick(msix_id, n)
            JOIN consolidated_students s ON s.msix_id = pick.msix_id
            JOIN state_student_records r ON r.consolidated_student_id = s.id ORDER BY pick.n
            """, connection);
        command.Parameters.AddWithValue("ids", ids);
        var picked = new List<TrueIdentity>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            picked.Add(new TrueIdentity(reader.GetString(0).Trim(), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetFieldValue<DateOnly>(4)));
        }
        return picked;
    }
}

public sealed record TrueIdentity(string MsixId, string FirstName, string LastName1, string? LastName2, DateOnly BirthDate);

/// <summary>
/// Issue 4's quality bar: queries typed the way staff type them must find the true child in the top
/// 20 for ≥ 99 % of name + birth-date queries and ≥ 97 % of name-only queries, first for ≥ 90 % of
/// name + birth-date queries.
/// </summary>
public class SearchQualityTests(SearchQualityFixture factory, ITestOutputHelper output) : IClassFixture<SearchQualityFixture>
{
    private const int Queries = 300;

    [Fact]
    public async Task Search_NameAndBirthDateAsStaffTypeThem_TrueChildInTop20And90PercentFirst()
    {
        var typing = new StaffTyping(11);

        var ranks = await RanksAsync(child => new SearchCriteria
        {
            FirstName = typing.FirstName(child.FirstName),
            LastName = typing.LastName(child.LastName1, child.LastName2),
            BirthDate = typing.BirthDate(child.BirthDate),
        }, seed: 21);

        output.WriteLine(ranks.Describe("name+dob"));
        ranks.AssertNameAndBirthDateBar();
    }

    [Fact]
    public async Task Search_NameOnlyAsStaffTypeIt_TrueChildInTop20()
    {
        var typing = new StaffTyping(12);

        var ranks = await RanksAsync(child => new SearchCriteria
        {
            FirstName = typing.FirstName(child.FirstName),
            LastName = typing.LastName(child.LastName1, child.LastName2),
        }, seed: 22);

        output.WriteLine(ranks.Describe("name only"));
        ranks.AssertNameOnlyBar();
    }

    [Theory]
    [InlineData("Lissete")]
    [InlineData("Lizete")]
    [InlineData("Liz-et")]
    [InlineData("Lisette")]
    public async Task Search_LisseteSpellings_FindTheSameGeneratedChildFirst(string typed)
    {
        var child = (await factory.PickAsync(3000, 5)).First(c => c.FirstName == "Lissete");

        var found = await SearchStudents.FindAsync(factory, new SearchCriteria
        {
            FirstName = typed, LastName = child.LastName1, BirthDate = child.BirthDate,
        });

        Assert.Equal(child.MsixId, SearchStudents.First(found));
    }

    /// <summary>The rank of each picked child, typed by <paramref name="type"/>.</summary>
    private async Task<SearchRanks> RanksAsync(Func<TrueIdentity, SearchCriteria> type, int seed)
    {
        var ranks = new List<int>();
        foreach (var child in await factory.PickAsync(Queries, seed))
        {
            var found = await SearchStudents.FindAsync(factory, type(child));
            var index = found.ToList().IndexOf(child.MsixId);
            ranks.Add(index < 0 ? SearchRanks.NotFound : index + 1);
        }
        return new SearchRanks(ranks);
    }
}
