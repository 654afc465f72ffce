using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.SyntheticData;

/// <summary>One enrollment (MDEs 27–58) for a stay: the school or MEP project fits the stay and the grade.</summary>
internal static class EnrollmentFactory
{
    private static readonly string[] Comments =
    [
        "Arrived after the harvest season began.",
        "Enrolled late; family working in the fields.",
        "Left early to follow the harvest.",
        "Attends evening classes.",
        "Served at the migrant housing camp.",
    ];

    public static Enrollment Create(RecordContext context, ChildStay stay, int sequence)
    {
        var random = context.Random;
        var schools = SchoolDirectory.For(stay.Stay.Town);
        var (school, type) = SchoolFor(context, stay, schools);
        var enrolled = stay.Start.AddDays(random.Next(stay.Stay.Kind == StayKind.SchoolYear ? 6 : 3));
        enrolled = enrolled > context.AsOf ? context.AsOf : enrolled;
        var withdrawn = stay.End?.AddDays(-random.Next(3));
        var highSchool = ChildTraits.IsHighSchool(stay.Grade);
        var graduated = stay.Grade == "12" && withdrawn is { Month: 5 or 6 } && random.Chance(0.6);
        return new Enrollment
        {
            Sequence = sequence,
            SubmittedAt = context.Timestamp(enrolled.AddDays(random.Between(2, 20))),
            EnrollmentDate = enrolled,
            EnrollmentType = type,
            SchoolOrProjectName = school.Name,
            MepProjectType = school.SchoolBased ? "01" : "02",
            SchoolId = school.NcesSchoolId,
            FacilityName = school.FacilityName,
            FacilityAddress1 = school.Address,
            FacilityCity = school.Town.Name,
            FacilityState = school.Town.State,
            FacilityZip = school.Town.Zip,
            TelephoneNumber = school.Phone,
            SchoolDistrictId = school.DistrictId,
            SchoolDistrict = school.DistrictName,
            GradeLevel = random.Chance(0.01) && stay.Grade is not ("OS" or "P3" or "P4") ? "UG" : stay.Grade,
            EnglishLearner = context.Traits.EnglishLearner,
            Idea = context.Traits.Idea,
            MedicalAlert = context.Traits.MedicalAlert,
            PriorityForServices = random.Chance(context.Traits.PriorityForServicesShare),
            ImmunizationRecord = context.Traits.ImmunizationRecord,
            WithdrawalDate = withdrawn,
            DistrictOfResidence = random.Chance(0.9) ? school.DistrictId : null,
            ResidencyDate = enrolled.AddDays(-random.Next(11)),
            ResidencyVerificationDate = VerificationDate(enrolled, withdrawn, context, random),
            DesignatedGraduationSchool = highSchool ? SchoolDirectory.For(context.HomeTown).High.NcesSchoolId : null,
            GraduationHseIndicator = graduated ? "Graduated" : stay.Grade == "OS" && random.Chance(0.03) ? "HSE" : null,
            GraduationHseDate = graduated ? withdrawn : null,
            OutOfStateTranscript = highSchool && context.MovesBetweenStates ? random.Chance(0.5) : null,
            ContinuationOfServicesReason = random.Chance(0.015) ? (highSchool ? "03" : random.Chance(0.5) ? "01" : "02") : null,
            Algebra1 = highSchool ? stay.Grade != "09" && random.Chance(0.6) : null,
            EnrollmentComment = random.Chance(0.02) ? random.Pick(Comments) : null,
        };
    }

    private static (School School, string EnrollmentType) SchoolFor(RecordContext context, ChildStay stay, TownSchools schools)
    {
        var random = context.Random;
        var summer = stay.Stay.Kind == StayKind.Summer;
        return stay.Grade switch
        {
            "OS" => (schools.OutOfSchoolYouth, summer ? "03" : "02"),
            "P3" or "P4" => (summer ? schools.SummerHomeBased : schools.Preschool, summer ? "03" : "02"),
            _ when summer => (random.Chance(0.75) ? schools.SummerSchool : schools.SummerHomeBased, "03"),
            "KG" or "01" or "02" or "03" or "04" or "05" =>
                (schools.Elementary[(int)(context.Family.Number % schools.Elementary.Length)], random.Chance(0.3) ? "05" : "01"),
            "06" or "07" or "08" => (schools.Middle, random.Chance(0.3) ? "05" : "01"),
            _ => (schools.High, random.Chance(0.3) ? "05" : "01"),
        };
    }

    private static DateOnly? VerificationDate(DateOnly enrolled, DateOnly? withdrawn, RecordContext context, Random random)
    {
        var verified = enrolled.AddDays(random.Between(30, 120));
        return verified <= context.AsOf && (withdrawn is null || verified <= withdrawn) ? verified : null;
    }
}
