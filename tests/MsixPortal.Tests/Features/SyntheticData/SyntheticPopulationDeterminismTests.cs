using System.Globalization;
using System.Text.Json;
using MsixPortal.Features.SyntheticData;

namespace MsixPortal.Tests.Features.SyntheticData;

public class SyntheticPopulationDeterminismTests
{
    private const int Count = 1_500;

    [Fact]
    public void Children_SameSeedTwice_IdenticalChildrenRecordsAndRows()
    {
        var first = Dump(42);

        var second = Dump(42);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Children_DifferentSeed_DifferentData()
    {
        var first = Dump(42);

        var other = Dump(43);

        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Children_OtherCurrentCulture_SameData()
    {
        var invariant = RunIn(CultureInfo.InvariantCulture, () => Dump(42));

        var turkish = RunIn(new CultureInfo("tr-TR"), () => Dump(42));
        var arabic = RunIn(new CultureInfo("ar-SA"), () => Dump(42));

        Assert.Equal(invariant, turkish);
        Assert.Equal(invariant, arabic);
    }

    [Fact]
    public void Children_AnyCount_ExactlyThatManyChildrenEachWithOneToFourRecords()
    {
        var children = new SyntheticPopulation(new GeneratorSettings(5)).Children(777).ToList();

        Assert.Equal(777, children.Count);
        Assert.All(children, c => Assert.InRange(c.Records.Count, 1, 4));
        Assert.Equal(children.Count, children.Select(c => c.Truth.ChildNumber).Distinct().Count());
    }

    private static string Dump(int seed) =>
        string.Join('\n', new SyntheticPopulation(new GeneratorSettings(seed)).Children(Count).Select(c => JsonSerializer.Serialize(c)));

    private static T RunIn<T>(CultureInfo culture, Func<T> action)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
        }
    }
}
