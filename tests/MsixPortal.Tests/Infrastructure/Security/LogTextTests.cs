using MsixPortal.Infrastructure.Security;

namespace MsixPortal.Tests.Infrastructure.Security;

public class LogTextTests
{
    [Fact]
    public void Clean_CarriageReturnAndLineFeed_AreReplaced()
    {
        var cleaned = LogText.Clean("alice\r\n[12:00:00 INF] admin signed in");

        Assert.Equal("alice__[12:00:00 INF] admin signed in", cleaned);
    }

    [Fact]
    public void Clean_PlainText_IsUnchanged()
    {
        var text = "José O'Brien-Núñez";

        var cleaned = LogText.Clean(text);

        Assert.Same(text, cleaned);
    }
}
