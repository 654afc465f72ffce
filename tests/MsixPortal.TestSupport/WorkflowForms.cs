namespace MsixPortal.TestSupport;

/// <summary>Posting to a work-item action that the caller's pages do not offer (to prove it is refused).</summary>
public static class WorkflowForms
{
    /// <summary>
    /// POSTs <paramref name="fields"/> to <paramref name="action"/> with the caller's own antiforgery
    /// token (read from the move-notice form of a record, which every sender can open) and a new
    /// submission key.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string anyMsixId, string action,
        params (string Name, string Value)[] fields)
    {
        var page = await HtmlPage.GetAsync(client, $"/records/{anyMsixId}/move-notices/new");
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on the move-notice form ({page.StatusCode}).");
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        form.Add(new("__RequestVerificationToken", token));
        form.Add(new("SubmissionKey", Guid.NewGuid().ToString()));
        return await client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(form));
    }
}
