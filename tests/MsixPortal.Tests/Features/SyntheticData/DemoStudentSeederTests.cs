using MsixPortal.Features.SyntheticData.Demo;
using MsixPortal.TestSupport;
using Npgsql;

namespace MsixPortal.Tests.Features.SyntheticData;

public sealed class SeededDemoDatabase : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public int Seeded { get; private set; }

    public async Task InitializeAsync()
    {
        ConnectionString = await (await PostgresServer.InstanceAsync()).CreateDatabaseAsync("demo_students");
        Seeded = await DemoStudentSeeder.SeedAsync(ConnectionString);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

public class DemoStudentSeederTests(SeededDemoDatabase database) : IClassFixture<SeededDemoDatabase>
{
    [Fact]
    public async Task Seed_EmptyDatabase_LoadsTheGeneratedAndShowcaseChildrenOnce()
    {
        var again = await DemoStudentSeeder.SeedAsync(database.ConnectionString);

        Assert.Equal(DemoStudentSeeder.GeneratedChildren + 5, database.Seeded);
        Assert.Equal(0, again);
        Assert.Equal(database.Seeded, (int)await ScalarAsync<long>("SELECT count(*) FROM consolidated_students"));
    }

    [Fact]
    public async Task Seed_Lissete_ThreeSpellingsLinkedToOneStudent()
    {
        var students = await ScalarAsync<long>(
            "SELECT count(DISTINCT consolidated_student_id) FROM state_student_records WHERE first_name IN ('Lissete', 'Lizete', 'Liz-et') AND birth_date = '2013-04-09'");
        var spellings = await ScalarAsync<long>(
            "SELECT count(*) FROM state_student_records WHERE first_name IN ('Lissete', 'Lizete', 'Liz-et') AND birth_date = '2013-04-09'");

        Assert.Equal(1, students);
        Assert.Equal(3, spellings);
    }

    [Fact]
    public async Task Seed_JoseAngel_WithAndWithoutAccentsLinkedToOneStudent()
    {
        var students = await ScalarAsync<long>(
            "SELECT count(DISTINCT consolidated_student_id) FROM state_student_records WHERE last_name1 IN ('Muñoz', 'Munoz', 'Muñoz-Peña') AND birth_date = '2011-09-23'");
        var accented = await ScalarAsync<long>(
            "SELECT count(*) FROM state_student_records WHERE first_name = 'José' AND middle_name = 'Ángel' AND last_name2 = 'Peña'");

        Assert.Equal(1, students);
        Assert.Equal(1, accented);
    }

    [Fact]
    public async Task Seed_Twins_TwoStudentsWithTheSameBirthDateAndParents()
    {
        var students = await ScalarAsync<long>("""
            SELECT count(DISTINCT consolidated_student_id) FROM state_student_records
            WHERE first_name IN ('Mateo', 'Marco') AND birth_date = '2016-02-14' AND parent1first_name = 'Pedro' AND multiple_birth
            """);

        Assert.Equal(2, students);
    }

    [Fact]
    public async Task Seed_HighSchooler_FourStatesAndSixtyCourses()
    {
        const string Yesenia = "SELECT id FROM state_student_records WHERE first_name IN ('Yesenia', 'Llesenia') AND birth_date = '2009-03-02'";

        var states = await ScalarAsync<long>($"SELECT count(*) FROM ({Yesenia}) r");
        var courses = await ScalarAsync<long>($"SELECT count(*) FROM courses WHERE state_student_record_id IN ({Yesenia})");
        var students = await ScalarAsync<long>($"SELECT count(DISTINCT consolidated_student_id) FROM state_student_records WHERE id IN ({Yesenia})");

        Assert.Equal(4, states);
        Assert.Equal(60, courses);
        Assert.Equal(1, students);
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
