using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MsixPortal.Data.CodeSets;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.DataElements;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.DataElements;

public class DataElementCatalogueTests
{
    /// <summary>MDEs 1–76 and the parent contact elements 77–80 (81 was dropped in 2023).</summary>
    public static TheoryData<int> MdeNumbers => [.. Enumerable.Range(1, 80)];

    public static TheoryData<string> Keys => [.. DataElementCatalogue.All.Select(e => e.Key)];

    private static readonly IModel Model = PortalModel.Design;

    [Theory]
    [MemberData(nameof(MdeNumbers))]
    public void ByNumber_EveryMde_MappedToColumnWithCatalogueLength(int number)
    {
        var element = DataElementCatalogue.ByNumber(number);

        var property = ColumnOf(element);
        Assert.False(string.IsNullOrEmpty(property.GetColumnName()));
        Assert.Equal(element.MaxLength, property.GetMaxLength());
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Element_Any_ColumnAgreesWithCatalogue(string key)
    {
        var element = DataElementCatalogue.ByKey(key);

        var property = ColumnOf(element);

        Assert.Equal(element.Required, !property.IsColumnNullable());
        Assert.Equal(ExpectedClrType(element.Type), Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType);
        Assert.Equal(element.Precision, property.GetPrecision());
        Assert.Equal(element.Scale, property.GetScale());
        if (element.Type is DataType.Text or DataType.Code or DataType.Email or DataType.Phone)
        {
            Assert.NotNull(element.MaxLength);
        }
        Assert.Equal(element.Type is DataType.Code or DataType.YesNo, element.CodeSet is not null);
    }

    [Fact]
    public void All_MdeEntities_EveryDataColumnIsCatalogued()
    {
        string[] bookkeeping = ["Id", "ConsolidatedStudentId", "StateStudentRecordId", "Sequence",
            "SubmittedAt", "CreatedAt", "LastSubmittedAt", "Version",
            // Merge/split bookkeeping on the consolidated student (issue 6), not data elements.
            "MergedIntoStudentId", "ChangedAt"];
        var entities = DataElementCatalogue.All.Select(e => e.Entity).Distinct();

        var uncatalogued = entities
            .SelectMany(type => Model.FindEntityType(type)!.GetProperties())
            .Where(p => !bookkeeping.Contains(p.Name) && DataElementCatalogue.ForProperty(p.DeclaringType.ClrType, p.Name) is null)
            .Select(p => $"{p.DeclaringType.ClrType.Name}.{p.Name}");

        Assert.Empty(uncatalogued);
    }

    [Fact]
    public void All_CodeSets_EveryOneIsSeeded()
    {
        var seeded = CodeSetSeed.All.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        var missing = DataElementCatalogue.All.Select(e => e.CodeSet).OfType<string>().Where(n => !seeded.Contains(n));

        Assert.Empty(missing);
    }

    [Fact]
    public void All_ExportOrder_IsOneToCountInListOrder()
    {
        var orders = DataElementCatalogue.All.Select(e => e.ExportOrder);

        Assert.Equal(Enumerable.Range(1, DataElementCatalogue.All.Count), orders);
    }

    [Fact]
    public void BySection_Enrollment_MdesTwentySevenToFiftyEightInOrder()
    {
        var numbers = DataElementCatalogue.BySection(DataSection.Enrollment).Select(e => e.Number);

        Assert.Equal(Enumerable.Range(27, 32).Cast<int?>(), numbers);
    }

    [Fact]
    public void ForProperty_UncataloguedProperty_Null()
    {
        var element = DataElementCatalogue.ForProperty(typeof(Enrollment), nameof(Enrollment.Sequence));

        Assert.Null(element);
    }

    [Fact]
    public void ByNumber_UnknownNumber_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => DataElementCatalogue.ByNumber(81));
    }

    private static IProperty ColumnOf(DataElement element)
    {
        var entity = Model.FindEntityType(element.Entity);
        Assert.NotNull(entity);
        var property = entity.FindProperty(element.Property);
        Assert.NotNull(property);
        return property;
    }

    private static Type ExpectedClrType(DataType type) => type switch
    {
        DataType.Date or DataType.MonthYear => typeof(DateOnly),
        DataType.YesNo => typeof(bool),
        DataType.Integer or DataType.Year => typeof(int),
        DataType.Decimal => typeof(decimal),
        _ => typeof(string),
    };
}
