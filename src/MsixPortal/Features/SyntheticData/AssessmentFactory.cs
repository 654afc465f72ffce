using System.Globalization;
using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// Assessments (MDEs 70–76) a child took while in the State: the State's spring tests in mathematics,
/// reading and (grades 5, 8, 10) science, and an English language proficiency test for English learners.
/// </summary>
internal static class AssessmentFactory
{
    private static readonly string[] Levels = ["Advanced", "Proficient", "Basic", "Below Basic", "Far Below Basic"];

    public static List<Assessment> Create(RecordContext context)
    {
        var assessments = new List<Assessment>();
        foreach (var stay in context.Stays.Where(s => s.Stay.Kind == StayKind.SchoolYear))
        {
            var year = stay.Stay.SchoolYear + 1;
            if (context.Traits.EnglishLearner == true && Covers(context, stay, new DateOnly(year, 2, 1)))
            {
                assessments.Add(EnglishProficiency(context, stay, new DateOnly(year, 2, 1)));
            }
            var spring = new DateOnly(year, 4, 1);
            if (stay.Grade is "03" or "04" or "05" or "06" or "07" or "08" or "10" or "11" && Covers(context, stay, spring))
            {
                assessments.Add(StateTest(context, stay, spring, "09", "Mathematics"));
                assessments.Add(StateTest(context, stay, spring, "10", "Reading/Language Arts"));
                if (stay.Grade is "05" or "08" or "10")
                {
                    assessments.Add(StateTest(context, stay, spring, "11", "Science"));
                }
            }
        }
        for (var i = 0; i < assessments.Count; i++)
        {
            assessments[i].Sequence = i + 1;
        }
        return assessments;
    }

    private static bool Covers(RecordContext context, ChildStay stay, DateOnly day) =>
        stay.Start <= day && (stay.End is null || stay.End >= day) && day <= context.AsOf;

    private static Assessment StateTest(RecordContext context, ChildStay stay, DateOnly month, string type, string content)
    {
        var random = context.Random;
        var level = random.Next(Levels.Length);
        var scaleScore = random.Chance(0.7);
        var (program, low, high) = context.State switch
        {
            "TX" => ("STAAR", 1200, 1900),
            "FL" => ("FAST", 180, 380),
            "CA" => ("CAASPP", 2100, 2800),
            "WA" => ("Smarter Balanced", 2100, 2800),
            "MI" => ("M-STEP", 1200, 1900),
            _ => ($"{context.State} State Assessment", 300, 700),
        };
        var score = high - (high - low) * (level + random.NextDouble()) / Levels.Length;
        return new Assessment
        {
            SubmittedAt = context.Timestamp(month.AddMonths(2)),
            AssessmentTitle = Grade(stay.Grade) is { } g ? $"{program} Grade {g} {content}" : $"{program} {content}",
            AssessmentContent = content,
            AssessmentType = type,
            AdministrationDate = month,
            ReportingMethod = scaleScore ? "0507" : "0504",
            ScoreResults = scaleScore ? ((int)score).ToString(CultureInfo.InvariantCulture) : $"Level {5 - level}",
            Interpretation = Levels[level],
        };
    }

    private static Assessment EnglishProficiency(RecordContext context, ChildStay stay, DateOnly month)
    {
        var random = context.Random;
        var level = Math.Round(1 + random.NextDouble() * 5, 1);
        return new Assessment
        {
            SubmittedAt = context.Timestamp(month.AddMonths(3)),
            AssessmentTitle = context.State switch
            {
                "TX" => "TELPAS",
                "CA" => "ELPAC Summative",
                _ => "WIDA ACCESS for ELLs 2.0",
            },
            AssessmentContent = "English Language Proficiency",
            AssessmentType = "04",
            AdministrationDate = month,
            ReportingMethod = "0504",
            ScoreResults = level.ToString("0.0", CultureInfo.InvariantCulture),
            Interpretation = level >= 4.5 ? "Proficient" : "Not Proficient",
        };
    }

    private static int? Grade(string grade) =>
        int.TryParse(grade, NumberStyles.None, CultureInfo.InvariantCulture, out var g) ? g : null;
}
