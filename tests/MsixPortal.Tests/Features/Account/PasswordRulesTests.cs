using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Passwords;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

public class PasswordRulesTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private static readonly PortalUser Jordan = new() { FullName = "Jordan Rivera-Lopez", Email = "jrivera@tx.example.gov" };

    [Theory]
    [InlineData("sevench")]
    [InlineData("elevenchars")]
    public void Check_ShorterThanTwelve_Refused(string password)
    {
        var problems = Validator().Check(password, PortalPasswordValidator.ContextWords(Jordan)).ToList();

        Assert.Contains(problems, p => p.Contains("at least 12 characters", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_LongPassphraseWithSpacesAndUnicode_Accepted()
    {
        var passphrase = "Él comió piñata 🎉 bajo la lluvia mientras los gatos cantan ópera";

        var problems = Validator().Check(passphrase, PortalPasswordValidator.ContextWords(Jordan));

        Assert.Equal(64, new System.Globalization.StringInfo(passphrase).LengthInTextElements);
        Assert.Empty(problems);
    }

    [Fact]
    public void Check_LowercaseWordsOnly_NotRefusedForComposition()
    {
        Assert.Empty(Validator().Check("correct horse battery staple", PortalPasswordValidator.ContextWords(Jordan)));
    }

    [Theory]
    [InlineData("Password123!", "too common")]
    [InlineData("P@ssw0rd2024!!", "too common")]
    [InlineData("qwertyuiop123", "too common")]
    [InlineData("iloveyou123456", "too common")]
    [InlineData("msix2024", "at least 12")]
    [InlineData("msix summer 2024", "\"msix\"")]
    [InlineData("jordan is my name ok", "your name")]
    [InlineData("my jrivera password", "your name")]
    [InlineData("lopez family forever", "your name")]
    public void Check_CommonOrPersonal_RefusedWithStatedReason(string password, string reason)
    {
        var problems = Validator().Check(password, PortalPasswordValidator.ContextWords(Jordan)).ToList();

        Assert.Contains(problems, p => p.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Over128Characters_Refused()
    {
        Assert.Contains(Validator().Check(new string('x', 60) + " " + new string('y', 68), []),
            p => p.Contains("at most 128", StringComparison.Ordinal));
    }

    [Fact]
    public void CommonPasswords_Loaded_HoldsTheShippedList()
    {
        Assert.Equal(10_000, factory.Services.GetRequiredService<CommonPasswords>().Count);
    }

    [Fact]
    public async Task SignIn_SeventyCharacterPasswordWithLastCharacterChanged_Fails()
    {
        var password = "a long passphrase of seventy characters that must never be truncated!!";
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        await SetPasswordAsync(account, password);

        var wrong = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, password[..^1] + "?");
        var right = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, password);

        Assert.Equal(70, password.Length);
        Assert.Contains("The email or password is incorrect.", wrong.Errors, StringComparison.Ordinal);
        Assert.Equal("/account/signin/code", right.LocationPath());
    }

    private PortalPasswordValidator Validator() => new(factory.Services.GetRequiredService<CommonPasswords>());

    private async Task SetPasswordAsync(TestAccount account, string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MsixPortal.Data.PortalDbContext>();
        var user = await db.Users.FindAsync(account.Id);
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<PasswordSetter>().TrySetAsync(user!, password));
        await db.SaveChangesAsync();
    }
}
