using System.Globalization;

namespace MsixPortal.Features.Shared;

/// <summary>
/// Dates as MM/DD/YYYY and times in the reader's State's time zone (its most populous one), as
/// the rest of the portal writes them; the zone is named after the time so no one mistakes it.
/// National users (no State) read Eastern time. A per-user time-zone setting is not built yet.
/// </summary>
public static class StateTime
{
    private static readonly (string Id, string Label) Eastern = ("America/New_York", "Eastern time");
    private static readonly (string Id, string Label) Central = ("America/Chicago", "Central time");
    private static readonly (string Id, string Label) Mountain = ("America/Denver", "Mountain time");
    private static readonly (string Id, string Label) Pacific = ("America/Los_Angeles", "Pacific time");

    private static readonly Dictionary<string, (string Id, string Label)> Zones = Build();

    public static string Date(DateOnly date) => date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTime utc, string? stateCode) => Local(utc, stateCode).ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);

    /// <summary>e.g. "12/07/2026 4:10 PM Central time".</summary>
    public static string Time(DateTime utc, string? stateCode) =>
        $"{Local(utc, stateCode).ToString("MM/dd/yyyy h:mm tt", CultureInfo.InvariantCulture)} {ZoneOf(stateCode).Label}";

    /// <summary>"Central time": said once above a list of times.</summary>
    public static string ZoneName(string? stateCode) => ZoneOf(stateCode).Label;

    private static DateTime Local(DateTime utc, string? stateCode) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(ZoneOf(stateCode).Id));

    private static (string Id, string Label) ZoneOf(string? stateCode) =>
        stateCode is not null && Zones.TryGetValue(stateCode, out var zone) ? zone : Eastern;

    private static Dictionary<string, (string Id, string Label)> Build()
    {
        var zones = new Dictionary<string, (string Id, string Label)>(StringComparer.OrdinalIgnoreCase);
        void Add((string, string) zone, string states)
        {
            foreach (var state in states.Split(' '))
            {
                zones[state] = zone;
            }
        }
        Add(Eastern, "CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV");
        Add(Central, "AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI");
        Add(Mountain, "CO ID MT NM UT WY");
        Add(Pacific, "CA NV OR WA");
        Add(("America/Phoenix", "Arizona time"), "AZ");
        Add(("America/Anchorage", "Alaska time"), "AK");
        Add(("Pacific/Honolulu", "Hawaii time"), "HI");
        Add(("America/Puerto_Rico", "Atlantic time"), "PR VI");
        Add(("Pacific/Guam", "Chamorro time"), "GU MP");
        Add(("Pacific/Pago_Pago", "Samoa time"), "AS");
        return zones;
    }
}
