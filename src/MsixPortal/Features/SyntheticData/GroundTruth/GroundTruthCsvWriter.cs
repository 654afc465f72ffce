using System.Globalization;
using System.Text;

namespace MsixPortal.Features.SyntheticData.GroundTruth;

/// <summary>Streams the ground truth to its two CSV files as children are loaded (UTF-8, LF line ends).</summary>
public sealed class GroundTruthCsvWriter : IGroundTruthSink, IAsyncDisposable
{
    private readonly StreamWriter _records;
    private readonly StreamWriter _children;

    public GroundTruthCsvWriter(string recordsPath)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        _records = new StreamWriter(recordsPath, append: false, encoding, bufferSize: 1 << 16) { NewLine = "\n" };
        _children = new StreamWriter(GroundTruthFiles.ChildrenPathFor(recordsPath), append: false, encoding, bufferSize: 1 << 16) { NewLine = "\n" };
        _records.WriteLine(GroundTruthFiles.RecordsHeader);
        _children.WriteLine(GroundTruthFiles.ChildrenHeader);
    }

    public async ValueTask AddAsync(GeneratedChild child, CancellationToken cancellationToken)
    {
        var t = child.Truth;
        await _children.WriteLineAsync(Csv.Line(
        [
            Number(t.ChildNumber), Number(t.FamilyNumber), t.MsixId, t.Origin.ToString(), t.FirstName, t.MiddleName,
            t.LastName1, t.LastName2, t.Suffix, t.Sex, t.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            t.TwinOf is { } twin ? Number(twin) : null, t.BirthCity, t.BirthState, t.BirthCountry,
            t.Parent1?.FirstName, t.Parent1?.LastName1, t.Parent1?.LastName2,
            t.Parent2?.FirstName, t.Parent2?.LastName1, t.Parent2?.LastName2,
        ]).AsMemory(), cancellationToken);
        foreach (var record in TruthRecords.Of(child))
        {
            await _records.WriteLineAsync(Csv.Line(
            [
                record.StateCode, record.StateStudentId, record.MsixId, Number(record.TrueChildId), Number(record.FamilyId),
                record.IsTwin ? "true" : "false", string.Join(';', record.Variations),
            ]).AsMemory(), cancellationToken);
        }
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        await _records.FlushAsync(cancellationToken);
        await _children.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _records.DisposeAsync();
        await _children.DisposeAsync();
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
