using System.Globalization;
using MsixPortal.Infrastructure.Email;

namespace MsixPortal.Features.Account;

/// <summary>
/// The account emails. They carry no student data and no personal data beyond the address they
/// go to; links are single-use and expire.
/// </summary>
public static class AccountEmails
{
    private const string Signature = "\n\nMSIX Portal\nThis message was sent automatically; do not reply to it.";

    public static PortalEmail ApplicationReceived(string to) => new(to,
        "MSIX Portal: we received your account application",
        "We received your application for an MSIX Portal account. A user administrator of your State will review it " +
        "and verify it with your supervisor. You will get another email when it has been decided." + Signature);

    /// <summary>
    /// To the owner of an account or pending application whose address someone put on the public
    /// form; says nothing about the applicant (the form answered them as for any email).
    /// </summary>
    public static PortalEmail ApplicationWithYourAddress(string to) => new(to,
        "MSIX Portal: someone applied for an account with your email address",
        "Someone submitted an application for an MSIX Portal account with this email address. This address already " +
        "has an MSIX Portal account or an application waiting for review, so nothing was created.\n\n" +
        "If it was you: sign in, or use \"Forgot your password?\" on the sign-in page; if your account was closed or " +
        "your application is waiting, contact your State user administrator. If it was not you, you need do nothing; " +
        "tell your State user administrator if this happens again." + Signature);

    public static PortalEmail ActivationLink(string to, Uri link, DateTimeOffset expiresAt) => new(to,
        "MSIX Portal: activate your account",
        "Your MSIX Portal account was approved. Open this link to set your password and set up your authenticator app:\n\n" +
        $"{link}\n\nThe link works once and expires on {Format(expiresAt)}. " +
        "If it has expired, ask your State user administrator for a new one." + Signature);

    public static PortalEmail ApplicationRejected(string to, string reason) => new(to,
        "MSIX Portal: your account application was not approved",
        $"Your application for an MSIX Portal account was not approved. The reviewer gave this reason:\n\n{reason}\n\n" +
        "You may apply again once the reason has been addressed." + Signature);

    public static PortalEmail PasswordResetLink(string to, Uri link, DateTimeOffset expiresAt) => new(to,
        "MSIX Portal: reset your password",
        "Someone asked to reset the password of your MSIX Portal account. If it was you, open this link:\n\n" +
        $"{link}\n\nThe link works once and expires on {Format(expiresAt)}. You will still need your authenticator app " +
        "or a recovery code to sign in. If you did not ask for this, ignore this email; your password stays the same." + Signature);

    public static PortalEmail TrainingReminder(string to, DateOnly expiresOn) => new(to,
        "MSIX Portal: your cybersecurity training expires soon",
        $"Your cybersecurity training attestation for the MSIX Portal expires on {expiresOn.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}. " +
        "Complete your yearly training before then; at your next sign-in after that date you will be asked to " +
        "confirm the new completion date and accept the Rules of Behavior again." + Signature);

    private static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("MMMM d, yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
