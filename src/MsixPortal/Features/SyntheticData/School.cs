namespace MsixPortal.Features.SyntheticData;

/// <summary>A school or MEP project with the facility and district details an enrollment carries (MDEs 29–41).</summary>
internal sealed record School(
    string Name,
    string? NcesSchoolId,
    bool SchoolBased,
    string DistrictId,
    string DistrictName,
    string FacilityName,
    string Address,
    Town Town,
    string Phone);

/// <summary>The schools and MEP projects of one town.</summary>
internal sealed record TownSchools(
    School[] Elementary,
    School Middle,
    School High,
    School Preschool,
    School SummerSchool,
    School SummerHomeBased,
    School OutOfSchoolYouth);
