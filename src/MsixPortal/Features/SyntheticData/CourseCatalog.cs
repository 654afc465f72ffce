namespace MsixPortal.Features.SyntheticData;

/// <summary>A secondary course as schools list it: title, subject area (MDE 59–61) and whether it lasts a semester.</summary>
internal sealed record CourseOffering(string Title, string SubjectArea, string CourseType = "01", bool Semester = false);

/// <summary>The high-school courses a migrant student takes, by grade (SCED-style subject area names).</summary>
internal static class CourseCatalog
{
    private const string English = "English Language Arts";
    private const string Math = "Mathematics";
    private const string Science = "Life and Physical Sciences";
    private const string Social = "Social Sciences and History";
    private const string Health = "Physical, Health, and Safety Education";
    private const string Languages = "Foreign Language and Literature";
    private const string Arts = "Fine and Performing Arts";

    private static readonly Dictionary<string, CourseOffering[]> ByGrade = new()
    {
        ["09"] =
        [
            new("English I", English), new("Algebra I", Math), new("Biology", Science), new("World Geography", Social),
            new("Physical Education I", Health, Semester: true), new("Spanish for Native Speakers I", Languages),
            new("Art I", Arts), new("Health", Health, Semester: true),
        ],
        ["10"] =
        [
            new("English II", English), new("Geometry", Math), new("Chemistry", Science), new("World History", Social),
            new("Spanish II", Languages), new("Principles of Agriculture", "Agriculture, Food, and Natural Resources", "07"),
            new("Computer Science Principles", "Information Technology", "07", Semester: true),
        ],
        ["11"] =
        [
            new("English III", English), new("Algebra II", Math), new("Physics", Science), new("U.S. History", Social),
            new("Spanish III", Languages), new("Welding I", "Manufacturing", "07"), new("AP Spanish Language", Languages, "03"),
        ],
        ["12"] =
        [
            new("English IV", English), new("Pre-Calculus", Math), new("Statistics", Math, Semester: true),
            new("Environmental Science", Science), new("U.S. Government", Social, Semester: true),
            new("Economics", Social, Semester: true), new("Health Science", "Health Care Sciences", "07"),
            new("College Algebra", Math, "05", Semester: true),
        ],
    };

    private static readonly CourseOffering[] Recovery =
    [
        new("English I Credit Recovery", English, "06", true), new("Algebra I Credit Recovery", Math, "06", true),
        new("English II Credit Recovery", English, "06", true), new("Biology Credit Recovery", Science, "06", true),
        new("U.S. History Credit Recovery", Social, "06", true),
    ];

    public static readonly CourseOffering EnglishAsSecondLanguage = new("English as a Second Language", English);

    public static IReadOnlyList<CourseOffering> ForGrade(string grade) => ByGrade[grade];

    public static IReadOnlyList<CourseOffering> CreditRecovery => Recovery;
}
