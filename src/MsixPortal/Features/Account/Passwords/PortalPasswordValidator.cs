using System.Globalization;
using Microsoft.AspNetCore.Identity;
using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Features.Account.Passwords;

/// <summary>
/// NIST SP 800-63B passwords: 12 to 128 characters of any kind (spaces and Unicode included), no
/// composition rules, not on the common-password list, and not containing the user's name, the
/// local part of their email or "msix". Each refusal says why.
/// </summary>
public sealed class PortalPasswordValidator(CommonPasswords commonPasswords) : IPasswordValidator<PortalUser>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;
    private const int ShortestContextWord = 3;
    private static readonly char[] WordSeparators = [' ', '.', '_', '-', '+', '\'', ','];

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        var errors = Check(password ?? "", ContextWords(user)).Select(message => new IdentityError
        {
            Code = "PortalPassword",
            Description = message,
        }).ToArray();
        return Task.FromResult(errors.Length == 0 ? IdentityResult.Success : IdentityResult.Failed(errors));
    }

    /// <summary>The reasons a password is refused; empty when it is acceptable.</summary>
    public IEnumerable<string> Check(string password, IReadOnlyCollection<string> contextWords)
    {
        // Length in characters as people count them (a surrogate pair or accent is one).
        var length = new StringInfo(password).LengthInTextElements;
        if (length < MinimumLength)
        {
            yield return $"Use at least {MinimumLength} characters. A few unrelated words with spaces make a good password.";
            yield break;
        }
        if (length > MaximumLength)
        {
            yield return $"Use at most {MaximumLength} characters.";
            yield break;
        }
        if (commonPasswords.IsCommon(password))
        {
            yield return "This password is too common: it appears in lists of passwords that attackers try first.";
        }
        var lower = password.ToLowerInvariant();
        if (contextWords.Any(word => lower.Contains(word, StringComparison.Ordinal)))
        {
            yield return "Do not use your name, your email address or \"msix\" in your password.";
        }
    }

    /// <summary>The user's name parts, the email's local part and its parts, and "msix", in lower case.</summary>
    public static IReadOnlyCollection<string> ContextWords(PortalUser user)
    {
        var localPart = (user.Email ?? user.UserName ?? "").Split('@')[0];
        return user.FullName.Split(WordSeparators)
            .Concat(localPart.Split(WordSeparators))
            .Append(localPart)
            .Append("msix")
            .Select(word => word.Trim().ToLowerInvariant())
            .Where(word => word.Length >= ShortestContextWord)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }
}
