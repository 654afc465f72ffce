using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Housekeeping;

/// <summary>The portal with the housekeeping jobs off (tests run each round) and no email outbox processing.</summary>
public sealed class HousekeepingAppFactory : ClockedPortalAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Housekeeping:Enabled"] = "false",
        ["Notifications:OutboxEnabled"] = "false",
    };
}

/// <summary>The portal with the housekeeping jobs every 200 ms, to show the background service runs them.</summary>
public sealed class FastHousekeepingAppFactory : ClockedPortalAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Housekeeping:Interval"] = "00:00:00.200",
        ["Notifications:OutboxEnabled"] = "false",
    };
}
