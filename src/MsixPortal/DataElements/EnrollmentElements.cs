using MsixPortal.Data.CodeSets;
using E = MsixPortal.Data.Entities.StateRecords.Enrollment;

namespace MsixPortal.DataElements;

/// <summary>Section B: school history, one row per enrollment (MDEs 27–58).</summary>
internal static class EnrollmentElements
{
    public static IEnumerable<DataElement> All()
    {
        var e = new SectionElements(DataSection.Enrollment, typeof(E));
        return
        [
            e.Value(27, "Enrollment Date", "The first verified day of attendance at the school or project.", DataType.Date, nameof(E.EnrollmentDate), required: true),
            e.Code(28, "Enrollment Type", "The kind of school or MEP project serving the child.", nameof(E.EnrollmentType), 2, CodeSetNames.EnrollmentType, required: true),
            e.Text(29, "School or Project Name", "The name of the school or MEP project.", nameof(E.SchoolOrProjectName), 100),
            e.Code(30, "MEP Project Type", "Where MEP services are delivered.", nameof(E.MepProjectType), 2, CodeSetNames.MepProjectType),
            e.Text(31, "School Identification Code", "The 12-digit NCES school identifier.", nameof(E.SchoolId), 12),
            e.Text(32, "Facility Name", "The building or administrative contact site.", nameof(E.FacilityName), 100),
            e.Text(33, "Facility Address 1", "First line of the facility's mailing address.", nameof(E.FacilityAddress1), 35),
            e.Text(34, "Facility Address 2", "Second line of the facility's mailing address.", nameof(E.FacilityAddress2), 35),
            e.Text(35, "Facility Address 3", "Third line of the facility's mailing address.", nameof(E.FacilityAddress3), 35),
            e.Text(36, "Facility City", "The facility's city.", nameof(E.FacilityCity), 30),
            e.Code(37, "Facility State", "The facility's State, as a postal code.", nameof(E.FacilityState), 2, CodeSetNames.UsState),
            e.Text(38, "Facility Zip", "The facility's ZIP code.", nameof(E.FacilityZip), 10),
            e.Phone(39, "Telephone Number", "The school or MEP contact's telephone number.", nameof(E.TelephoneNumber)),
            e.Text(40, "School District ID", "The 7-digit NCES identifier of the school district (LEA).", nameof(E.SchoolDistrictId), 7),
            e.Text(41, "School District", "The name of the school district (LEA).", nameof(E.SchoolDistrict), 60),
            e.Code(42, "Grade Level", "The grade the child is enrolled in.", nameof(E.GradeLevel), 2, CodeSetNames.GradeLevel),
            e.YesNo(43, "LEP Indicator", "Whether the child is classified as an English learner.", nameof(E.EnglishLearner)),
            e.YesNo(44, "IDEA Indicator", "Whether the child is served under IDEA (has an IEP).", nameof(E.Idea)),
            e.Code(45, "Medical Alert Indicator", "Whether a chronic or acute health alert exists for the child.", nameof(E.MedicalAlert), 10, CodeSetNames.MedicalAlert),
            e.YesNo(46, "PFS Flag", "Whether the child is a Priority for Services child.", nameof(E.PriorityForServices)),
            e.YesNo(47, "Immunization Record Flag", "Whether the school or MEP holds immunization records for the child.", nameof(E.ImmunizationRecord)),
            e.Value(48, "Withdrawal Date", "The last verified day of attendance.", DataType.Date, nameof(E.WithdrawalDate)),
            e.Text(49, "District of Residence", "The NCES identifier of the district where the child lives.", nameof(E.DistrictOfResidence), 7),
            e.Value(50, "Residency Date", "The date the child arrived in the current district.", DataType.Date, nameof(E.ResidencyDate)),
            e.Value(51, "Residency Verification Date", "The date the State confirmed the child still lives there.", DataType.Date, nameof(E.ResidencyVerificationDate)),
            e.Text(52, "Designated Graduation School", "The NCES identifier of the school the student expects to graduate from.", nameof(E.DesignatedGraduationSchool), 30),
            e.Code(53, "Graduation/HSE Indicator", "Whether the student graduated or earned a High School Equivalency.", nameof(E.GraduationHseIndicator), 10, CodeSetNames.GraduationHse),
            e.Value(54, "Graduation/HSE Date", "The date of the diploma or High School Equivalency.", DataType.Date, nameof(E.GraduationHseDate)),
            e.YesNo(55, "Out-of-State Transcript Indicator", "Whether transcripts from other States are on file.", nameof(E.OutOfStateTranscript)),
            e.Code(56, "Continuation of Services Reason", "Why a formerly eligible child is still served.", nameof(E.ContinuationOfServicesReason), 2, CodeSetNames.ContinuationOfServices),
            e.YesNo(57, "Algebra 1 or Equivalent Indicator", "Whether full credit for Algebra I or an equivalent was earned.", nameof(E.Algebra1)),
            e.Text(58, "Enrollment Comment", "Notes on special enrollment circumstances.", nameof(E.EnrollmentComment), 1000),
        ];
    }
}
