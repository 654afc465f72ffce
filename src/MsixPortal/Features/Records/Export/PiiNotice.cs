namespace MsixPortal.Features.Records.Export;

/// <summary>The warning every export and printed record carries.</summary>
public static class PiiNotice
{
    public const string Text =
        "CONTAINS PERSONALLY IDENTIFIABLE INFORMATION about a child, protected by FERPA (34 CFR Part 99). " +
        "Use only for the stated purpose; do not disclose; store securely and destroy when no longer needed.";
}
