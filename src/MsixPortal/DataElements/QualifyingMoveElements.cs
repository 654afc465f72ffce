using MsixPortal.Data.CodeSets;
using M = MsixPortal.Data.Entities.StateRecords.QualifyingMove;

namespace MsixPortal.DataElements;

/// <summary>Section A, repeating: one qualifying move and the eligibility it gives (MDEs 20–26).</summary>
internal static class QualifyingMoveElements
{
    public static IEnumerable<DataElement> All()
    {
        var e = new SectionElements(DataSection.QualifyingMove, typeof(M));
        return
        [
            e.Value(20, "Qualifying Arrival Date", "The day the child's MEP eligibility starts (the child and the migratory worker are both at the new place).", DataType.Date, nameof(M.QualifyingArrivalDate), required: true),
            e.Text(21, "Qualifying Move From City", "The city the child lived in before the qualifying move.", nameof(M.FromCity), 30),
            e.Code(22, "Qualifying Move From State", "The U.S. State or outlying area the child lived in before the move.", nameof(M.FromState), 2, CodeSetNames.UsState),
            e.Code(23, "Qualifying Move From Country", "The country, outside the U.S., the child lived in before the move.", nameof(M.FromCountry), 4, CodeSetNames.Country),
            e.Text(24, "Qualifying Move To City", "The city the child lived in right after the move.", nameof(M.ToCity), 30),
            e.Code(25, "Qualifying Move To State", "The State the child lived in right after the move.", nameof(M.ToState), 2, CodeSetNames.UsState),
            e.Value(26, "Eligibility Expiration Date", "The day MEP eligibility ends: normally 36 months after the qualifying arrival date.", DataType.Date, nameof(M.EligibilityExpirationDate)),
        ];
    }
}
