using System.Text.RegularExpressions;

namespace MsixPortal.Tests.Features.Account;

/// <summary>
/// security.md 10: no security question or password hint anywhere; security.md 8: no screen forces a
/// periodic password change (NIST 800-63B forbids all three).
/// </summary>
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

    [Fact]
    public void AccountModelAndViews_HaveNoPasswordAgeOrForcedChange()
    {
        var views = Directory.GetFiles(SourceFolder("src/MsixPortal/Features"), "*.cshtml", SearchOption.AllDirectories);
        var userProperties = typeof(MsixPortal.Data.Entities.Accounts.PortalUser).GetProperties().Select(p => p.Name);

        var offendingViews = views.Where(view => PasswordExpiry().IsMatch(File.ReadAllText(view))).ToList();
        var offendingProperties = userProperties.Where(name => PasswordExpiry().IsMatch(name)).ToList();

        Assert.Empty(offendingViews);
        Assert.Empty(offendingProperties);
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

    [GeneratedRegex(@"password\s*(has\s*)?expire|expired\s*password|must\s*change\s*your\s*password|PasswordChangedAt|PasswordExpir|PasswordLastChanged", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordExpiry();

    [GeneratedRegex(@"class=""[^""]*""|aria-describedby=""[^""]*""|id=""[^""]*""")]
    private static partial Regex CssClasses();
}
