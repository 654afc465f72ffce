using System.Text;

namespace MsixPortal.Features.Account.Enrolment;

/// <summary>
/// The recovery codes, shown once: after enrolment, or after the user renewed them. The download is
/// a data: link made here, so the codes never sit on the server in clear or behind a second URL.
/// </summary>
public sealed record RecoveryCodesView(IReadOnlyList<string> Codes, bool Renewed)
{
    public const string Path = "/Features/Account/Enrolment/RecoveryCodes.cshtml";

    public const string FileName = "msix-portal-recovery-codes.txt";

    public string DownloadHref => "data:text/plain;charset=utf-8;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(
        "MSIX Portal recovery codes. Each one signs you in once without your authenticator app.\r\n" +
        "Keep this file somewhere safe, away from your computer, and delete it once printed.\r\n\r\n" +
        string.Join("\r\n", Codes.Select((code, i) => $"{i + 1,2}. {code}")) + "\r\n"));
}
