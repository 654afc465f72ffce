using MsixPortal.Data.CodeSets;
using MsixPortal.DataElements;
using MsixPortal.Features.SyntheticData;

namespace MsixPortal.Tests.Features.SyntheticData;

public class GeneratedValuesTests(GeneratedPopulation population) : IClassFixture<GeneratedPopulation>
{
    private static readonly Dictionary<string, HashSet<string>> CodeSets =
        CodeSetSeed.All.ToDictionary(s => s.Name, s => s.Values.Select(v => v.Code).ToHashSet(StringComparer.Ordinal));

    [Fact]
    public void Rows_FiveThousandChildren_EveryCatalogueValueFitsItsLengthAndCodeSet()
    {
        var rows = population.Records.SelectMany(r => new object[] { r.Record }
            .Concat(r.Record.Enrollments).Concat(r.Record.QualifyingMoves).Concat(r.Record.Courses)
            .Concat(r.Record.Assessments).Concat(r.Record.AlternateIds));
        var problems = new List<string>();

        foreach (var row in rows)
        {
            foreach (var element in DataElementCatalogue.ForEntity(row.GetType()))
            {
                if (row.GetType().GetProperty(element.Property)!.GetValue(row) is not string value)
                {
                    continue;
                }
                if (value.Length > element.MaxLength)
                {
                    problems.Add($"{element.DisplayName}: '{value}' is longer than {element.MaxLength}");
                }
                if (element.CodeSet is { } set && CodeSets.TryGetValue(set, out var codes) && !codes.Contains(value))
                {
                    problems.Add($"{element.DisplayName}: '{value}' is not in code set {set}");
                }
            }
        }

        Assert.Empty(problems.Distinct().Take(20));
    }

    [Fact]
    public void Records_FiveThousandChildren_EachHasAnEnrollmentAndAQualifyingMoveWithinTheDates()
    {
        var asOf = GeneratorSettings.DefaultAsOf;

        Assert.All(population.Records, r =>
        {
            Assert.NotEmpty(r.Record.Enrollments);
            Assert.NotEmpty(r.Record.QualifyingMoves);
            Assert.All(r.Record.Enrollments, e =>
            {
                Assert.True(e.EnrollmentDate <= asOf, $"enrolled {e.EnrollmentDate}");
                Assert.True(e.WithdrawalDate is null || e.WithdrawalDate >= e.EnrollmentDate, $"withdrawn {e.WithdrawalDate} before {e.EnrollmentDate}");
            });
            Assert.True(r.Record.QualifyingMoves.Min(m => m.QualifyingArrivalDate) <= r.Record.Enrollments.Min(e => e.EnrollmentDate),
                $"first QAD {r.Record.QualifyingMoves.Min(m => m.QualifyingArrivalDate)} after first enrollment {r.Record.Enrollments.Min(e => e.EnrollmentDate)}");
        });
    }

    [Fact]
    public void QualifyingMoves_FiveThousandChildren_EligibilityEndsThirtySixMonthsAfterTheQadOrAtTwentyTwo()
    {
        foreach (var child in population.Children)
        {
            var turns22 = child.Truth.BirthDate.AddYears(22).AddDays(-1);
            Assert.All(child.Records.SelectMany(r => r.Record.QualifyingMoves), m =>
            {
                var expected = m.QualifyingArrivalDate.AddMonths(36);
                Assert.Equal(expected < turns22 ? expected : turns22, m.EligibilityExpirationDate);
                Assert.True(m.EligibilityExpirationDate > m.QualifyingArrivalDate);
            });
        }
    }

    [Fact]
    public void Enrollments_FiveThousandChildren_GradesNeverGoBackOverTheYears()
    {
        Assert.All(population.Records, r =>
        {
            var grades = r.Record.Enrollments.OrderBy(e => e.EnrollmentDate).Select(e => GradeOrder(e.GradeLevel!)).Where(g => g >= 0).ToList();
            Assert.Equal(grades.Order(), grades);
        });
    }

    [Fact]
    public void Courses_FiveThousandChildren_OnlyForHighSchoolWithFullHalfPartialAndInProgressCredit()
    {
        var courses = population.Records.SelectMany(r => r.Record.Courses).ToList();
        var inProgress = courses.Where(c => c.FinalGrade is null).ToList();

        Assert.All(population.Records.Where(r => r.Record.Courses.Count > 0), r =>
            Assert.Contains(r.Record.Enrollments, e => e.GradeLevel is "09" or "10" or "11" or "12" or "UG"));
        Assert.Equal(new decimal?[] { 0.25m, 0.5m, 1.0m }, courses.Select(c => c.CreditsGranted).OfType<decimal>().Distinct().Order().Cast<decimal?>());
        Assert.NotEmpty(inProgress);
        Assert.All(inProgress, c =>
        {
            Assert.Null(c.CreditsGranted);
            Assert.NotNull(c.ClockHours);
            Assert.NotNull(c.GradeToDate);
        });
    }

    [Fact]
    public void Assessments_StateTests_InterpretedWithTheRestrictedLevels()
    {
        var stateTests = population.Records.SelectMany(r => r.Record.Assessments).Where(a => a.AssessmentType is "09" or "10" or "11").ToList();

        Assert.NotEmpty(stateTests);
        Assert.All(stateTests, a => Assert.Contains(a.Interpretation!, CodeSets[CodeSetNames.AssessmentInterpretation]));
        Assert.All(stateTests, a => Assert.Equal(1, a.AdministrationDate!.Value.Day));
    }

    private static int GradeOrder(string grade) => grade switch
    {
        "P3" => 0,
        "P4" => 1,
        "KG" => 2,
        "UG" or "OS" => -1,
        _ => 2 + int.Parse(grade, System.Globalization.CultureInfo.InvariantCulture),
    };
}
