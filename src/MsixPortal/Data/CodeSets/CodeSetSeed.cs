namespace MsixPortal.Data.CodeSets;

/// <summary>
/// Every code set the portal seeds into <c>code_sets</c>/<c>code_set_values</c>. Changing a list
/// here needs a new migration (<c>dotnet ef migrations add</c>), which updates the rows.
/// </summary>
internal static class CodeSetSeed
{
    public static IReadOnlyList<CodeSetDefinition> All { get; } =
    [
        .. StudentCodeSets.All,
        .. EnrollmentCodeSets.All,
        .. CourseAndAssessmentCodeSets.All,
        UsStateCodeSet.Definition,
        CountryCodeSet.Definition,
    ];
}
