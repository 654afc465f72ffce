using System.Globalization;

namespace MsixPortal.Tests.Features.Submissions;

/// <summary>A student row for a test file: catalogue keys to raw text, plus child rows.</summary>
internal sealed class TestStudent
{
    public string? Action { get; set; } = "I";
    public Dictionary<string, string?> Fields { get; } = new(StringComparer.Ordinal);
    public List<(string Element, string Sequence, Dictionary<string, string?> Fields)> Rows { get; } = [];

    /// <summary>A valid child with a qualifying move and an enrollment.</summary>
    public static TestStudent Child(string state, string stateStudentId, string first = "Lissete", string last1 = "García",
        string? last2 = "López", string birthDate = "20140307", string sex = "Female")
    {
        var student = new TestStudent();
        student.Set("StateCode", state).Set("StateStudentId", stateStudentId).Set("StateStudentIdType", "01")
            .Set("FirstName", first).Set("LastName1", last1).Set("LastName2", last2).Set("Sex", sex)
            .Set("BirthDate", birthDate).Set("MultipleBirth", "No").Set("BirthCountry", "MX")
            .Set("Parent1FirstName", "Juan").Set("Parent1LastName", "García").Set("Parent2FirstName", "Rosa").Set("Parent2LastName", "López");
        student.Row("QualifyingMove", "1", ("QualifyingArrivalDate", "20250815"), ("FromCountry", "MX"), ("ToState", state),
            ("EligibilityExpirationDate", "20280814"));
        student.Row("Enrollment", "1", ("EnrollmentDate", "20250901"), ("EnrollmentType", "01"), ("GradeLevel", "05"),
            ("EnglishLearner", "Yes"));
        return student;
    }

    /// <summary>A delete (action D) of a stored record: the key elements only.</summary>
    public static TestStudent Deletion(string state, string stateStudentId) =>
        new TestStudent { Action = "D" }.Set("StateCode", state).Set("StateStudentId", stateStudentId).Set("StateStudentIdType", "01");

    public TestStudent Set(string key, string? value)
    {
        Fields[key] = value;
        return this;
    }

    public TestStudent Row(string element, string sequence, params (string Key, string? Value)[] fields)
    {
        Rows.Add((element, sequence, fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal)));
        return this;
    }

    /// <summary>Changes one element of the first child row of a kind.</summary>
    public TestStudent SetRow(string element, string key, string? value)
    {
        Rows.First(r => r.Element == element).Fields[key] = value;
        return this;
    }

    public int RecordCount => 1 + Rows.Count;

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
