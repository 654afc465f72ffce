using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.DataElements;

namespace MsixPortal.Features.Records;

/// <summary>The demographic elements a State sends: section A on the State record, but the State itself.</summary>
public static class StateRecordDemographics
{
    public static IReadOnlyList<DataElement> Elements { get; } =
        [.. DataElementCatalogue.BySection(DataSection.Demographic)
            .Where(e => e.Entity == typeof(StateStudentRecord) && e.Key != nameof(StateStudentRecord.StateCode))];
}
