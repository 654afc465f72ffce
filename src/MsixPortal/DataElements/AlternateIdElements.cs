using MsixPortal.Data.CodeSets;
using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.DataElements;

/// <summary>Alternate State student IDs: file items without an MDE number (up to 999 per child).</summary>
internal static class AlternateIdElements
{
    public static IEnumerable<DataElement> All()
    {
        var e = new SectionElements(DataSection.AlternateId, typeof(AlternateStateId));
        return
        [
            e.Text(null, "Alternate State Student Identifier", "Another identifier the State holds for the child.", nameof(AlternateStateId.Identifier), 15, required: true, key: "AlternateId"),
            e.Code(null, "Alternate State Student Identifier Type", "Where the alternate identifier comes from.", nameof(AlternateStateId.IdentifierType), 2, CodeSetNames.AlternateIdType, required: true, key: "AlternateIdType"),
        ];
    }
}
