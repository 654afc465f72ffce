namespace MsixPortal.BrowserTests;

/// <summary>The widths every journey is checked at: a desktop and a small phone.</summary>
public static class Viewport
{
    public const int Desktop = 1280;
    public const int Phone = 360;
}
