using MsixPortal.Features.SyntheticData;

namespace MsixPortal.Tests.Features.SyntheticData;

public class RecordInNewStateTests
{
    private static readonly SyntheticPopulation Population = new(new GeneratorSettings(31));

    [Fact]
    public void RecordInNewState_KnownChild_ARecordOfThatStateWithTheChildsOwnId()
    {
        var child = Population.Children(50).First(c => c.Records.All(r => r.Record.StateCode != "NY"));

        var record = Population.RecordInNewState(child.Truth, "NY");

        Assert.Equal("NY", record.Record.StateCode);
        Assert.Equal(child.Truth.Sex, record.Record.Sex);
        Assert.NotEmpty(record.Record.Enrollments);
        Assert.NotEmpty(record.Record.QualifyingMoves);
        Assert.Equal(record.Record.StateStudentId, Population.RecordInNewState(child.Truth, "NY").Record.StateStudentId);
    }

    [Fact]
    public void RecordInNewState_ManyChildren_VariationsLikeTheLoadedRecords()
    {
        var records = Population.Children(400).Select((c, i) => Population.RecordInNewState(c.Truth, "NJ", i % 4)).ToList();

        Assert.InRange(records.Count(r => r.Variations.Count == 0) / (double)records.Count, 0.2, 0.65);
        Assert.Contains(records, r => r.Variations.Contains(VariationKind.AccentsLost));
    }
}
