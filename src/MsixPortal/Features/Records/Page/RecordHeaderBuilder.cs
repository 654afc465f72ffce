using MsixPortal.Data.CodeSets;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.DataElements;

namespace MsixPortal.Features.Records.Page;

/// <summary>
/// The header: names and birth data from the most recently submitted State record, and the flags
/// that matter at enrollment from the newest enrollment (of any State) that reports each one.
/// </summary>
internal sealed class RecordHeaderBuilder(RecordValueText text, DateOnly today)
{
    public RecordHeaderViewModel Build(ConsolidatedRecord record)
    {
        var newest = record.StateRecords[0];
        var enrollments = record.Enrollments.ToList();
        var eligibility = record.QualifyingMoves
            .Where(m => m.Row.EligibilityExpirationDate is not null)
            .OrderByDescending(m => m.Row.EligibilityExpirationDate)
            .FirstOrDefault();
        var active = eligibility.Row?.EligibilityExpirationDate >= today;
        return new RecordHeaderViewModel(
            FullName(newest),
            RecordPageBuilder.Source(newest.StateCode, newest.LastSubmittedAt),
            RecordValueText.Date(newest.BirthDate),
            Age(newest.BirthDate),
            text.CodeText(CodeSetNames.Sex, newest.Sex),
            newest.MultipleBirth is { } multiple ? (multiple ? "Yes" : "No") : null,
            Badges(enrollments),
            eligibility.Row is { EligibilityExpirationDate: { } expires }
                ? new SourcedTextViewModel((active ? "Eligible until " : "Eligibility expired ") + RecordValueText.Date(expires),
                    RecordPageBuilder.Source(eligibility))
                : null,
            active,
            enrollments.Count > 0 ? LatestEnrollment(enrollments[0]) : null,
            Newest(enrollments, e => e.GradeLevel) is { } grade
                ? new SourcedTextViewModel(text.CodeText(CodeSetNames.GradeLevel, grade.Value), grade.Source)
                : null);
    }

    public static string FullName(StateStudentRecord record) =>
        string.Join(' ', new[] { record.FirstName, record.MiddleName, record.LastName1, record.LastName2, record.Suffix }
            .Where(part => !string.IsNullOrWhiteSpace(part)));

    private int Age(DateOnly birthDate)
    {
        var age = today.Year - birthDate.Year;
        return birthDate.AddYears(age) > today ? age - 1 : age;
    }

    private List<BadgeViewModel> Badges(List<Sourced<Enrollment>> enrollments)
    {
        var badges = new List<BadgeViewModel>();
        if (Newest(enrollments, e => e.MedicalAlert) is { } alert && alert.Value is not "None")
        {
            badges.Add(new BadgeViewModel("Medical alert: " + text.CodeText(CodeSetNames.MedicalAlert, alert.Value), "alert", alert.Source));
        }
        AddIfYes(badges, enrollments, e => e.Idea, "IDEA (IEP)");
        AddIfYes(badges, enrollments, e => e.EnglishLearner, "English learner");
        AddIfYes(badges, enrollments, e => e.PriorityForServices, "Priority for Services");
        AddIfYes(badges, enrollments, e => e.ImmunizationRecord, "Immunization record on file");
        return badges;
    }

    private static void AddIfYes(List<BadgeViewModel> badges, List<Sourced<Enrollment>> enrollments,
        Func<Enrollment, bool?> flag, string label)
    {
        var newest = enrollments.FirstOrDefault(e => flag(e.Row) is not null);
        if (newest.Row is not null && flag(newest.Row) == true)
        {
            badges.Add(new BadgeViewModel(label, "info", RecordPageBuilder.Source(newest)));
        }
    }

    private static (string Value, SourceViewModel Source)? Newest(List<Sourced<Enrollment>> enrollments, Func<Enrollment, string?> pick)
    {
        var newest = enrollments.FirstOrDefault(e => !string.IsNullOrWhiteSpace(pick(e.Row)));
        return newest.Row is null ? null : (pick(newest.Row)!, RecordPageBuilder.Source(newest));
    }

    private static SourcedTextViewModel LatestEnrollment(Sourced<Enrollment> latest)
    {
        var school = latest.Row.SchoolOrProjectName ?? DataElementCatalogue.ByNumber(29).Label + " not reported";
        return new SourcedTextViewModel($"{school}, {EnrollmentTimelineBuilder.Dates(latest.Row)}", RecordPageBuilder.Source(latest));
    }
}
