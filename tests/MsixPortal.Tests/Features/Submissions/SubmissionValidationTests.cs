using MsixPortal.Data.Entities.Submissions;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions;

/// <summary>Every validation rule, through a dry run of the real service against the seeded code sets.</summary>
public class SubmissionValidationTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    public static TheoryData<string, int?, string, string> StudentRules => new()
    {
        // case, element number (null: no MDE number), element name part, problem part
        { "first name missing", 4, "First Name", "is required" },
        { "first name too long", 4, "First Name", "longer than 50" },
        { "sex not in code set", 9, "Sex", "not a code of the sex code set" },
        { "birth date not real", 10, "Birth Date", "not a real date" },
        { "birth date in future", 10, "Birth Date", "in the future" },
        { "multiple birth not yes/no", 11, "Multiple Birth Flag", "Yes or No" },
        { "birth country unknown", 14, "Birth Country", "country code set" },
        { "parent email invalid", 77, "Parent 1 Email Address", "not an e-mail" },
        { "parent phone invalid", 78, "Parent 1 Phone Number", "ten-digit" },
        { "reporting state not submitter", null, "State", "submits only as itself" },
        { "msix id bad check digit", 1, "MSIX Identification Number", "not a valid MSIX ID" },
        { "action code invalid", null, "Action Code", "must be I, U or D" },
        { "action code missing", null, "Action Code", "is required" },
        { "unknown element", null, "FavouriteColour", "not an element" },
        { "right-to-left override in a name", 4, "First Name", "bidirectional control character" },
        { "isolate in a parent's name", 16, "Parent 1 First Name", "bidirectional control character" },
        { "qad after every enrollment", 20, "Qualifying Arrival Date", "after every Enrollment Date" },
        { "qad before birth", 20, "Qualifying Arrival Date", "before the Birth Date" },
        { "expiration not after qad", 26, "Eligibility Expiration Date", "after the Qualifying Arrival Date" },
        { "withdrawal before enrollment", 48, "Withdrawal Date", "before the Enrollment Date" },
        { "enrollment type missing", 28, "Enrollment Type", "is required" },
        { "grade level unknown", 42, "Grade Level", "grade_level code set" },
        { "sequence missing", null, "Sequence", "whole number from 1 to 999" },
        { "sequence repeated", null, "Sequence", "used by another row" },
        { "course end before begin", 63, "End Academic Year", "before the Begin Academic Year" },
        { "credits too precise", 68, "Credits Granted", "does not fit" },
        { "clock hours not a number", 66, "Clock Hours", "whole number" },
        { "assessment month not real", 73, "Assessment Administration Date", "MMYYYY" },
        { "state assessment interpretation free text", 76, "Assessment Interpretation", "assessment_interpretation code set" },
    };

    private static TestStudent Broken(string rule)
    {
        var s = TestStudent.Child("TX", "V1");
        return rule switch
        {
            "first name missing" => s.Set("FirstName", null),
            "first name too long" => s.Set("FirstName", new string('a', 51)),
            "sex not in code set" => s.Set("Sex", "F"),
            "birth date not real" => s.Set("BirthDate", "20140231"),
            "birth date in future" => s.Set("BirthDate", "20990101"),
            "multiple birth not yes/no" => s.Set("MultipleBirth", "Y"),
            "birth country unknown" => s.Set("BirthCountry", "ZZZ"),
            "parent email invalid" => s.Set("Parent1Email", "not-an-address"),
            "parent phone invalid" => s.Set("Parent1Phone", "555-1234"),
            "reporting state not submitter" => s.Set("StateCode", "CA"),
            "msix id bad check digit" => s.Set("MsixId", "1234567890"),
            "action code invalid" => Action(s, "X"),
            "action code missing" => Action(s, null),
            "unknown element" => s.Set("FavouriteColour", "blue"),
            "right-to-left override in a name" => s.Set("FirstName", "\u202Eanirak"),
            "isolate in a parent's name" => s.Set("Parent1FirstName", "Ana\u2067Maria\u2069"),
            "qad after every enrollment" => s.SetRow("QualifyingMove", "QualifyingArrivalDate", "20251001").SetRow("QualifyingMove", "EligibilityExpirationDate", "20280930"),
            "qad before birth" => s.Set("BirthDate", "20250901").SetRow("Enrollment", "EnrollmentDate", "20250902"),
            "expiration not after qad" => s.SetRow("QualifyingMove", "EligibilityExpirationDate", "20250815"),
            "withdrawal before enrollment" => s.SetRow("Enrollment", "WithdrawalDate", "20250831"),
            "enrollment type missing" => s.SetRow("Enrollment", "EnrollmentType", null),
            "grade level unknown" => s.SetRow("Enrollment", "GradeLevel", "13"),
            "sequence missing" => s.Row("Course", "", ("CourseTitle", "Algebra I"), ("BeginAcademicYear", "2025")),
            "sequence repeated" => s.Row("Enrollment", "1", ("EnrollmentDate", "20250905"), ("EnrollmentType", "01")),
            "course end before begin" => s.Row("Course", "1", ("CourseTitle", "Algebra I"), ("BeginAcademicYear", "2025"), ("EndAcademicYear", "2024")),
            "credits too precise" => s.Row("Course", "1", ("CourseTitle", "Algebra I"), ("BeginAcademicYear", "2025"), ("CreditsGranted", "0.555")),
            "clock hours not a number" => s.Row("Course", "1", ("CourseTitle", "Algebra I"), ("BeginAcademicYear", "2025"), ("ClockHours", "ten")),
            "assessment month not real" => s.Row("Assessment", "1", ("AssessmentTitle", "STAAR"), ("AdministrationDate", "132025")),
            "state assessment interpretation free text" => s.Row("Assessment", "1", ("AssessmentTitle", "STAAR"), ("AssessmentType", "09"), ("Interpretation", "Great")),
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
    }

    private static TestStudent Action(TestStudent s, string? action)
    {
        s.Action = action;
        return s;
    }

    [Theory]
    [MemberData(nameof(StudentRules))]
    public async Task DryRun_StudentBreakingRule_RejectsStudentNamingElementAndProblem(string rule, int? number, string name, string problem)
    {
        var file = SubmissionFiles.XmlBytes("TX", [Broken(rule), TestStudent.Child("TX", "V2")]);

        var result = await factory.SubmitAsync(file, dryRun: true);

        Assert.True(result.Status == SubmissionStatus.Applied, string.Join("; ", result.Problems.Select(p => p.ElementName + " " + p.Problem)) + result.FileProblem);
        Assert.Equal(1, result.Rejected);
        Assert.Equal(1, result.Inserted);
        var found = Assert.Single(result.Problems, p => p.Problem.Contains(problem, StringComparison.Ordinal));
        Assert.Equal(1, found.Position);
        Assert.Equal("V1", found.StateStudentId);
        Assert.Equal(number, found.ElementNumber);
        Assert.Contains(name, found.ElementName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_ProblemText_NeverRepeatsTheValue()
    {
        var file = SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "V1").Set("Sex", "Canaryvalue").Set("BirthDate", "Canary")]);

        var result = await factory.SubmitAsync(file, dryRun: true);

        Assert.Equal(2, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.DoesNotContain("Canary", p.Problem, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DryRun_NestedUnknownElement_RejectsStudentNamingIt()
    {
        var xml = SubmissionFiles.Xml("TX", [TestStudent.Child("TX", "V1"), TestStudent.Child("TX", "V2")]);
        var first = xml.IndexOf("</FirstName>", StringComparison.Ordinal) + "</FirstName>".Length;
        var file = System.Text.Encoding.UTF8.GetBytes(xml.Insert(first, "<Pets><Pet>cat</Pet></Pets>"));

        var result = await factory.SubmitAsync(file, dryRun: true);

        Assert.Null(result.FileProblem);
        Assert.Equal(1, result.Rejected);
        Assert.Equal(1, result.Inserted);
        var found = Assert.Single(result.Problems);
        Assert.Equal("V1", found.StateStudentId);
        Assert.Equal("Pets", found.ElementName);
        Assert.Contains("not an element", found.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_RecordNumberUsedTwice_RejectsTheSecondStudent()
    {
        var xml = SubmissionFiles.Xml("TX", [TestStudent.Child("TX", "V1"), TestStudent.Child("TX", "V2"), TestStudent.Child("TX", "V3")]);
        var file = System.Text.Encoding.UTF8.GetBytes(xml.Replace("RecordNumber=\"3\"", "RecordNumber=\"1\"", StringComparison.Ordinal));

        var result = await factory.SubmitAsync(file, dryRun: true);

        Assert.Equal(SubmissionStatus.Applied, result.Status);
        Assert.Equal(2, result.Inserted);
        Assert.Equal(1, result.Rejected);
        var found = Assert.Single(result.Problems);
        Assert.Equal(3, found.Position);
        Assert.Equal("V3", found.StateStudentId);
        Assert.Contains("RecordNumber 1 is used by student 1", found.Problem, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> HeaderRules => new()
    {
        { "StateCode", "CA", "submits only as itself" },
        { "StateCode", "XX", "not a State postal code" },
        { "Timestamp", "yesterday", "not a date and time" },
        { "Timestamp", "2099-01-01T00:00:00Z", "in the future" },
        { "StudentCount", "3", "file holds 1 students" },
        { "RecordCount", "99", "file holds 3 records" },
        { "EffectiveEndDate", "20260701", "after the Effective Begin Date" },
        { "EffectiveBeginDate", "20261301", "not a real date" },
    };

    [Theory]
    [MemberData(nameof(HeaderRules))]
    public async Task DryRun_HeaderBreakingRule_RejectsWholeFile(string element, string value, string problem)
    {
        var file = SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "V1")], h => h[element] = value);

        var result = await factory.SubmitAsync(file, dryRun: true);

        Assert.Equal(SubmissionStatus.Rejected, result.Status);
        Assert.Equal(0, result.Inserted);
        Assert.Contains(result.Problems, p => p.IsFileLevel && p.Problem.Contains(problem, StringComparison.Ordinal));
    }
}
