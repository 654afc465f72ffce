using MsixPortal.Data.CodeSets;
using A = MsixPortal.Data.Entities.StateRecords.Assessment;

namespace MsixPortal.DataElements;

/// <summary>Section D: assessments, one row per assessment (MDEs 70–76).</summary>
internal static class AssessmentElements
{
    public static IEnumerable<DataElement> All()
    {
        var e = new SectionElements(DataSection.Assessment, typeof(A));
        return
        [
            e.Text(70, "Assessment Title", "The name (and form number) of the test.", nameof(A.AssessmentTitle), 55, required: true),
            e.Text(71, "Assessment Content", "The subject of the test.", nameof(A.AssessmentContent), 35),
            e.Code(72, "Assessment Type", "The category of the test.", nameof(A.AssessmentType), 2, CodeSetNames.AssessmentType),
            e.Value(73, "Assessment Administration Date", "The month and year the test was given.", DataType.MonthYear, nameof(A.AdministrationDate)),
            e.Code(74, "Assessment Reporting Method", "How the results are reported (letter grade, percentile, proficiency level …).", nameof(A.ReportingMethod), 4, CodeSetNames.ReportingMethod),
            e.Text(75, "Score Results", "The score.", nameof(A.ScoreResults), 40),
            // The code set binds only for State assessments (types 09–11); other tests may say anything.
            e.Code(76, "Assessment Interpretation", "The proficiency level tied to the score.", nameof(A.Interpretation), 100, CodeSetNames.AssessmentInterpretation),
        ];
    }
}
