namespace MsixPortal.Data.CodeSets;

/// <summary>Code sets of the demographic section and the shared Yes/No list.</summary>
internal static class StudentCodeSets
{
    public static IReadOnlyList<CodeSetDefinition> All { get; } =
    [
        new(CodeSetNames.Sex, "MDE 9 Sex (Nonbinary replaced Other in 2023).", 'C',
        [
            new("Female", "Female"),
            new("Male", "Male"),
            new("Nonbinary", "Nonbinary"),
        ]),
        new(CodeSetNames.StateIdType, "MDE 3 State Student Identifier Type.", 'C',
        [
            new("01", "State-assigned unique ID"),
            new("02", "State MEP-assigned unique ID"),
        ]),
        new(CodeSetNames.AlternateIdType, "Alternate State Student Identifier Type (file item; label of 03 inferred).", 'S',
        [
            new("01", "State-assigned unique ID"),
            new("02", "State MEP-assigned unique ID"),
            new("03", "Other identifier"),
        ]),
        new(CodeSetNames.BirthDateVerification, "MDE 15 Birth Date Verification (CEDS codes).", 'S',
        [
            new("1003", "Baptismal or church certificate"),
            new("1004", "Birth certificate"),
            new("1005", "Entry in family Bible"),
            new("1006", "Hospital certificate"),
            new("1007", "Parent's affidavit"),
            new("1008", "Passport"),
            new("1009", "Physician's certificate"),
            new("1010", "Previously verified school records"),
            new("1011", "State-issued ID"),
            new("1012", "Driver's license"),
            new("1013", "Immigration document or visa"),
            new("2382", "Life insurance policy"),
            new("3423", "Other official document"),
            new("3424", "Other non-official document"),
            new("9999", "Other"),
        ]),
        new(CodeSetNames.YesNo, "Yes/No flags (MDEs 11, 43, 44, 46, 47, 55, 57).", 'C',
        [
            new("Yes", "Yes"),
            new("No", "No"),
        ]),
    ];
}
