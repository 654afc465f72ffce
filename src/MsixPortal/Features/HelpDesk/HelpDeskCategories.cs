namespace MsixPortal.Features.HelpDesk;

/// <summary>What a help-desk request is about. Account questions also go to the reporter's State user administrators.</summary>
public static class HelpDeskCategories
{
    public const string Incident = "incident";

    public sealed record Category(string Code, string Label, bool AboutAnAccount, bool ForVisitors);

    public static IReadOnlyList<Category> All { get; } =
    [
        new("sign-in", "Signing in, locked or disabled account", AboutAnAccount: true, ForVisitors: true),
        new("authenticator", "Authenticator or recovery codes", AboutAnAccount: true, ForVisitors: true),
        new("account", "My account or role", AboutAnAccount: true, ForVisitors: true),
        new("records", "Searching or reading records", AboutAnAccount: false, ForVisitors: false),
        new("workflow", "Move notices, data requests or worklists", AboutAnAccount: false, ForVisitors: false),
        new("submissions", "State files and submissions", AboutAnAccount: false, ForVisitors: false),
        new("error", "An error page", AboutAnAccount: false, ForVisitors: true),
        new("other", "Something else", AboutAnAccount: false, ForVisitors: true),
    ];

    public static IEnumerable<Category> For(bool visitor) => All.Where(c => !visitor || c.ForVisitors);

    public static Category? Find(string? code) => All.FirstOrDefault(c => c.Code == code);

    public static string Label(string code) =>
        code == Incident ? "Possible PII incident" : Find(code)?.Label ?? code;

    public static bool IsAboutAnAccount(string code) => Find(code)?.AboutAnAccount == true;
}

/// <summary>The kinds of data an incident may involve: the reporter describes it, never pastes it.</summary>
public static class IncidentDataKinds
{
    public static IReadOnlyList<(string Code, string Label)> All { get; } =
    [
        ("identity", "Names, birth dates or identifiers"),
        ("parents", "Parents' names or contact details"),
        ("school", "Enrollments, courses or assessments"),
        ("health", "Health, IEP or other flags"),
        ("account", "A password, authenticator or recovery code"),
        ("unknown", "Not sure"),
    ];

    public static string Labels(string? codes) =>
        string.Join(", ", (codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(code => All.FirstOrDefault(k => k.Code == code).Label ?? code));
}
