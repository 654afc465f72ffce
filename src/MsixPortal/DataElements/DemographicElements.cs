using MsixPortal.Data.CodeSets;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Students;
using R = MsixPortal.Data.Entities.StateRecords.StateStudentRecord;

namespace MsixPortal.DataElements;

/// <summary>Section A: the MSIX ID, identity, birth and parent elements (MDEs 1–19, 77–80).</summary>
internal static class DemographicElements
{
    // Names: the MDE list says 30 characters, the upload file spec 50; we store what files carry.
    private const int NameLength = 50;

    public static IEnumerable<DataElement> All()
    {
        var student = new SectionElements(DataSection.Demographic, typeof(ConsolidatedStudent));
        var e = new SectionElements(DataSection.Demographic, typeof(StateStudentRecord));
        return
        [
            student.Text(1, "MSIX Identification Number", "The portal's number for one consolidated child record; never sent by a State.", nameof(ConsolidatedStudent.MsixId), 12, required: true),
            e.Code(null, "State", "The submitting State (file header), as a postal code.", nameof(R.StateCode), 2, CodeSetNames.UsState, required: true),
            e.Text(2, "State Student Identifier", "The State's own identifier for the child, unique within the State.", nameof(R.StateStudentId), 15, required: true),
            e.Code(3, "State Student Identifier Type", "Where the State Student Identifier comes from.", nameof(R.StateStudentIdType), 2, CodeSetNames.StateIdType, required: true),
            e.Text(4, "First Name", "The child's given name.", nameof(R.FirstName), NameLength, required: true),
            e.Text(5, "Middle Name", "The child's secondary given name.", nameof(R.MiddleName), NameLength),
            e.Text(6, "Last Name 1", "The child's legal surname, or its first (paternal) part.", nameof(R.LastName1), NameLength, required: true),
            e.Text(7, "Last Name 2", "The second (maternal) part of the surname, if any.", nameof(R.LastName2), NameLength),
            e.Text(8, "Suffix", "Generation marker such as Jr., Sr. or III.", nameof(R.Suffix), 10),
            e.Code(9, "Sex", "The child's sex.", nameof(R.Sex), 10, CodeSetNames.Sex, required: true),
            e.Value(10, "Birth Date", "The child's date of birth.", DataType.Date, nameof(R.BirthDate), required: true),
            e.YesNo(11, "Multiple Birth Flag", "Whether the child is a twin, triplet or other multiple birth.", nameof(R.MultipleBirth)),
            e.Text(12, "Birth City", "The city where the child was born.", nameof(R.BirthCity), 30),
            e.Code(13, "Birth State", "The U.S. State or outlying area where the child was born.", nameof(R.BirthState), 2, CodeSetNames.UsState),
            e.Code(14, "Birth Country", "The country where the child was born.", nameof(R.BirthCountry), 4, CodeSetNames.Country),
            e.Code(15, "Birth Date Verification", "The evidence used to verify the birth date.", nameof(R.BirthDateVerification), 4, CodeSetNames.BirthDateVerification),
            e.Text(16, "Parent 1 First Name", "Given name of the first parent or guardian.", nameof(R.Parent1FirstName), NameLength),
            e.Text(17, "Parent 1 Last Name", "Surname of the first parent or guardian.", nameof(R.Parent1LastName), NameLength),
            e.Text(18, "Parent 2 First Name", "Given name of the second parent or guardian.", nameof(R.Parent2FirstName), NameLength),
            e.Text(19, "Parent 2 Last Name", "Surname of the second parent or guardian.", nameof(R.Parent2LastName), NameLength),
            e.Email(77, "Parent 1 Email Address", "E-mail address of the first parent or guardian.", nameof(R.Parent1Email)),
            e.Phone(78, "Parent 1 Phone Number", "Ten-digit telephone number of the first parent or guardian.", nameof(R.Parent1Phone)),
            e.Email(79, "Parent 2 Email Address", "E-mail address of the second parent or guardian.", nameof(R.Parent2Email)),
            e.Phone(80, "Parent 2 Phone Number", "Ten-digit telephone number of the second parent or guardian.", nameof(R.Parent2Phone)),
        ];
    }
}
