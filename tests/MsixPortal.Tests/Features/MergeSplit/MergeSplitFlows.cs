using System.Security.Claims;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.MergeSplit;

/// <summary>Flagging through the real pages, and a principal for calling the services directly.</summary>
internal static class MergeSplitFlows
{
    /// <summary>
    /// The merge form, then its confirmation page, then "Confirm". A refused form (the confirmation
    /// page not reached) is returned as it is, with its error summary.
    /// </summary>
    public static async Task<HttpResponseMessage> FlagMergeAsync(HttpClient client, string masterMsixId, params string[] others)
    {
        var ids = string.Join(' ', [masterMsixId, .. others]);
        var page = await HtmlPage.GetAsync(client, $"/merge-split/merge?ids={Uri.EscapeDataString(ids)}");
        var review = await page.Form("/records/merge/review").Set("MasterMsixId", masterMsixId).Set("Reason", "Same child, same parents").PostAsync(client);
        return await ConfirmAsync(client, review, "/records/merge");
    }

    public static async Task<HttpResponseMessage> FlagSplitAsync(HttpClient client, string msixId, params long[] leavingRecordIds)
    {
        var page = await HtmlPage.GetAsync(client, $"/merge-split/split?msixId={msixId}");
        var form = page.Form("/records/split/review").Set("Reason", "Two different children");
        var fields = form.Fields.Where(f => f.Key != "RecordIds").ToList();
        fields.AddRange(leavingRecordIds.Select(id => new KeyValuePair<string, string>("RecordIds", id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var review = await client.PostAsync(new Uri("/records/split/review", UriKind.Relative), new FormUrlEncodedContent(fields));
        return await ConfirmAsync(client, review, "/records/split");
    }

    /// <summary>The flag's confirmation page (GET {flag}/validate or /reject), then its button.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(HttpClient client, string flagPath, string decision)
    {
        var page = await HtmlPage.GetAsync(client, $"{flagPath}/{decision}");
        return await page.Form($"{flagPath}/{decision}").PostAsync(client);
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, HttpResponseMessage review, string action)
    {
        var confirmation = await HtmlPage.LoadAsync(review);
        return confirmation.Document.QuerySelector($"form[action='{action}']") is null
            ? review
            : await confirmation.Form(action).PostAsync(client);
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
