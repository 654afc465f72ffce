using System.Security.Claims;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.MergeSplit;

/// <summary>Flagging through the real pages, and a principal for calling the services directly.</summary>
internal static class MergeSplitFlows
{
    public static async Task<HttpResponseMessage> FlagMergeAsync(HttpClient client, string masterMsixId, params string[] others)
    {
        var ids = string.Join(' ', [masterMsixId, .. others]);
        var page = await HtmlPage.GetAsync(client, $"/merge-split/merge?ids={Uri.EscapeDataString(ids)}");
        return await page.Form("/records/merge").Set("MasterMsixId", masterMsixId).Set("Reason", "Same child, same parents").PostAsync(client);
    }

    public static async Task<HttpResponseMessage> FlagSplitAsync(HttpClient client, string msixId, params long[] leavingRecordIds)
    {
        var page = await HtmlPage.GetAsync(client, $"/merge-split/split?msixId={msixId}");
        var form = page.Form("/records/split").Set("Reason", "Two different children");
        var response = form.Fields.Where(f => f.Key != "RecordIds").ToList();
        response.AddRange(leavingRecordIds.Select(id => new KeyValuePair<string, string>("RecordIds", id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return await client.PostAsync(new Uri("/records/split", UriKind.Relative), new FormUrlEncodedContent(response));
    }

    public static async Task<HttpResponseMessage> DecideAsync(HttpClient client, string flagPath, string decision)
    {
        var page = await HtmlPage.GetAsync(client, flagPath);
        return await page.Form($"{flagPath}/{decision}").PostAsync(client);
    }

    public static long FlagId(HttpResponseMessage flagged) =>
        long.Parse(flagged.LocationPath()!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A signed-in, MFA-completed principal as the cookie would carry it.</summary>
    public static ClaimsPrincipal Principal(TestAccount account) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()),
                new Claim(PortalClaimTypes.AuthenticationMethod, PortalClaimTypes.MultiFactor),
                .. account.StateCode is null ? Array.Empty<Claim>() : [new Claim(PortalClaimTypes.StateCode, account.StateCode)],
                .. account.Roles.Select(role => new Claim(ClaimTypes.Role, role)),
            ],
            "test"));
}
