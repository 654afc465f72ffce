using System.Globalization;
using System.Text;

namespace MsixPortal.BrowserTests.Features.Submissions;

/// <summary>Small submission files in the documented XML format (docs/submissions/submission.xsd).</summary>
internal static class StateFiles
{
    public sealed record Child(string StateStudentId, string FirstName, string Sex);

    public static byte[] Xml(string state, params Child[] children)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <StateSubmission xmlns="urn:msix-portal:submission:1">
              <Header><StateCode>{state}</StateCode><Timestamp>2026-10-30T12:00:00Z</Timestamp>
                <StudentCount>{children.Length}</StudentCount><RecordCount>{children.Length * 3}</RecordCount>
                <EffectiveBeginDate>20260801</EffectiveBeginDate><EffectiveEndDate>20270731</EffectiveEndDate></Header>
            """);
        for (var i = 0; i < children.Length; i++)
        {
            var c = children[i];
            text.Append(CultureInfo.InvariantCulture, $"""
                  <Student RecordNumber="{i + 1}" Action="I">
                    <StateCode>{state}</StateCode><StateStudentId>{c.StateStudentId}</StateStudentId><StateStudentIdType>01</StateStudentIdType>
                    <FirstName>{c.FirstName}</FirstName><LastName1>Ramírez</LastName1><Sex>{c.Sex}</Sex><BirthDate>20140307</BirthDate>
                    <MultipleBirth>No</MultipleBirth><BirthCountry>MX</BirthCountry>
                    <QualifyingMove Sequence="1"><QualifyingArrivalDate>20250815</QualifyingArrivalDate><FromCountry>MX</FromCountry>
                      <ToState>{state}</ToState><EligibilityExpirationDate>20280814</EligibilityExpirationDate></QualifyingMove>
                    <Enrollment Sequence="1"><EnrollmentDate>20250901</EnrollmentDate><EnrollmentType>01</EnrollmentType>
                      <GradeLevel>05</GradeLevel></Enrollment>
                  </Student>
                """);
        }
        text.Append("</StateSubmission>");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
