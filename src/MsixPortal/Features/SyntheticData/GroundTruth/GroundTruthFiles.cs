namespace MsixPortal.Features.SyntheticData.GroundTruth;

/// <summary>
/// The two ground-truth files of a load (format in docs/synthetic-data.md): the records file named on the
/// command line (<c>--truth-file</c>) and the true children beside it (<c>x.csv</c> → <c>x.children.csv</c>).
/// </summary>
public static class GroundTruthFiles
{
    public const string RecordsHeader = "state_code,state_student_id,msix_id,true_child_id,family_id,is_twin,variations";

    public const string ChildrenHeader =
        "true_child_id,family_id,msix_id,origin,first_name,middle_name,last_name1,last_name2,suffix,sex,birth_date,twin_of," +
        "birth_city,birth_state,birth_country,parent1_first_name,parent1_last_name1,parent1_last_name2," +
        "parent2_first_name,parent2_last_name1,parent2_last_name2";

    public static string ChildrenPathFor(string recordsPath) =>
        (recordsPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? recordsPath[..^4] : recordsPath) + ".children.csv";

    /// <summary>The default records file name when the operator gives none.</summary>
    public static string DefaultPath(int students, int seed) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"synthetic-truth-n{students}-s{seed}.csv");
}
