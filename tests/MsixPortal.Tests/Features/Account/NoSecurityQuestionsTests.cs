using System.Text.RegularExpressions;

namespace MsixPortal.Tests.Features.Account;

/// <summary>security.md 10: no security question or password hint anywhere (NIST 800-63B forbids them).</summary>
public partial class NoSecurityQuestionsTests
{
    [Fact]
    public void Views_AllOfThem_AskNoSecurityQuestionOrPasswordHint()
    {
        var views = Directory.GetFiles(SourceFolder("src/MsixPortal/Features"), "*.cshtml", SearchOption.AllDirectories);

        var offending = views.Where(view => Forbidden().IsMatch(VisibleTextAndFieldNames(File.ReadAllText(view)))).ToList();

        Assert.NotEmpty(views);
        Assert.Empty(offending);
    }

    /// <summary>What a person reads or a form posts; USWDS's "usa-hint" CSS class is neither.</summary>
    private static string VisibleTextAndFieldNames(string razor) =>
        CssClasses().Replace(razor, "");

    private static string SourceFolder(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MsixPortal.sln")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("MsixPortal.sln not found."), relative);
    }

    [GeneratedRegex(@"security question|\bhint\b|mother'?s maiden|secret question", RegexOptions.IgnoreCase)]
    private static partial Regex Forbidden();

    [GeneratedRegex(@"class=""[^""]*""|aria-describedby=""[^""]*""|id=""[^""]*""")]
    private static partial Regex CssClasses();
}
