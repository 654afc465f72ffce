namespace MsixPortal.Features.Help.Resources;

/// <summary>The quick-reference card for recruiters in the field: what they do in the portal, on one printed page.</summary>
public static class RecruiterCard
{
    public static byte[] Render() => ResourcePdf.Render("MSIX quick reference for recruiters",
        "Use the portal on your phone or a laptop. Everything you search, view and send is recorded.",
        [
            new("Was this child ever a migratory child?",
            [
                "• Search with the child's name and birth date; add the parents' names if several children match.",
                "• Check \"why it matched\" and the birth date before opening a record.",
            ]),
            new("The child is moving or has arrived",
            [
                "• From the record, choose Send a move notice: the other State, the move date, your work contact.",
                "• Follow it under Move notices; you are notified of the answer.",
            ]),
            new("Protect the child's information",
            [
                "• Never photograph the screen, email records or keep printouts in the car.",
                "• Lock your phone; sign out on shared computers.",
                "• Lost a printout or sent something to the wrong person? Choose Report a PII incident at the top of any page, at once.",
            ]),
            new("Help",
            [
                "• The help centre (/help) explains every page and every error, without signing in.",
                "• Locked out or lost your phone: use a recovery code, or write to the help desk from /help/contact.",
                "• Give the reference shown on an error page; never send student information.",
            ]),
        ]);
}
