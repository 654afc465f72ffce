namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// What stays true of a child across States and years: English learner, IDEA, medical alert,
/// immunization records, whether the child repeated a grade or left school as an out-of-school youth.
/// </summary>
internal sealed record ChildTraits(
    bool? EnglishLearner,
    bool? Idea,
    string MedicalAlert,
    bool? ImmunizationRecord,
    int GradeOffset,
    bool OutOfSchoolYouth,
    double PriorityForServicesShare)
{
    public static ChildTraits For(TrueChild child, Random random)
    {
        var learnerShare = child.Origin switch
        {
            Origin.Anglo => 0.02,
            _ when child.BirthCountry != "US" => 0.85,
            _ => 0.5,
        };
        var alert = random.NextDouble();
        return new ChildTraits(
            random.Chance(0.03) ? null : random.Chance(learnerShare),
            random.Chance(0.03) ? null : random.Chance(0.09),
            alert < 0.04 ? "Chronic" : alert < 0.05 ? "Acute" : "None",
            random.Chance(0.05) ? null : random.Chance(0.93),
            random.Chance(0.15) ? -1 : 0,
            random.Chance(child.Origin == Origin.Anglo ? 0.05 : 0.25),
            random.Chance(0.3) ? 0.7 : 0.1);
    }

    /// <summary>
    /// The grade for a school year by the child's age on September 1 (KG at five), P3/P4 below, and OS
    /// for out-of-school youth (from sixteen) and everyone past eighteen.
    /// </summary>
    public string GradeFor(DateOnly birthDate, int schoolYear)
    {
        var september = new DateOnly(schoolYear, 9, 1);
        var age = schoolYear - birthDate.Year - (birthDate.AddYears(schoolYear - birthDate.Year) > september ? 1 : 0);
        if (age >= 19 || (age >= 16 && OutOfSchoolYouth))
        {
            return "OS";
        }
        if (age <= 4)
        {
            return age <= 3 ? "P3" : "P4";
        }
        var grade = Math.Clamp(age - 5 + GradeOffset, 0, 12);
        return grade == 0 ? "KG" : grade.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static bool IsHighSchool(string grade) => grade is "09" or "10" or "11" or "12";
}
