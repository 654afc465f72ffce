using System.Globalization;

namespace MsixPortal.Features.SyntheticData.GroundTruth;

/// <summary>Reads the two ground-truth CSV files back (benchmarks and quality tests use it).</summary>
public static class GroundTruthCsvReader
{
    public static async Task<SyntheticGroundTruth> ReadAsync(string recordsPath, CancellationToken cancellationToken = default)
    {
        var children = (await RowsAsync(GroundTruthFiles.ChildrenPathFor(recordsPath), GroundTruthFiles.ChildrenHeader, cancellationToken))
            .Select(ChildFrom).ToArray();
        var records = (await RowsAsync(recordsPath, GroundTruthFiles.RecordsHeader, cancellationToken)).Select(f => new TruthRecord(
            f[0]!, f[1]!, f[2]!, Long(f[3]), Long(f[4]), f[5] == "true",
            f[6] is null ? [] : [.. f[6]!.Split(';').Select(Enum.Parse<VariationKind>)])).ToArray();
        return new SyntheticGroundTruth(children, records);
    }

    private static TrueChild ChildFrom(string?[] f) => new()
    {
        ChildNumber = Long(f[0]), FamilyNumber = Long(f[1]), MsixId = f[2], Origin = Enum.Parse<Origin>(f[3]!),
        FirstName = f[4]!, MiddleName = f[5], LastName1 = f[6]!, LastName2 = f[7], Suffix = f[8], Sex = f[9]!,
        BirthDate = DateOnly.ParseExact(f[10]!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        TwinOf = f[11] is null ? null : Long(f[11]), BirthCity = f[12]!, BirthState = f[13], BirthCountry = f[14]!,
        Parent1 = f[15] is null ? null : new ParentIdentity(f[15]!, f[16]!, f[17]),
        Parent2 = f[18] is null ? null : new ParentIdentity(f[18]!, f[19]!, f[20]),
    };

    private static async Task<List<string?[]>> RowsAsync(string path, string header, CancellationToken cancellationToken)
    {
        var rows = new List<string?[]>();
        var first = true;
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken))
        {
            if (first && line != header)
            {
                throw new InvalidDataException($"{path} is not a ground-truth file (its first line should be: {header}).");
            }
            if (!first && line.Length > 0)
            {
                rows.Add(Csv.Split(line));
            }
            first = false;
        }
        return rows;
    }

    private static long Long(string? value) => long.Parse(value!, NumberStyles.None, CultureInfo.InvariantCulture);
}
