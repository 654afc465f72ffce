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

    /// <summary>
    /// A filled form whose action is a confirmation page (".../review"), through that page: the
    /// confirmation's form (action without "/review"), ready to post. Throws when the page refuses the form.
    /// </summary>
    public static async Task<HtmlForm> ConfirmAsync(HttpClient client, HtmlForm filled)
    {
        var confirm = await filled.SubmitAsync(client);
        var action = filled.Action.EndsWith("/review", StringComparison.Ordinal) ? filled.Action[..^"/review".Length]
            : throw new InvalidOperationException($"{filled.Action} is not a confirmation page's action.");
        return confirm.Document.QuerySelector($"form[action='{action}']") is null
            ? throw new InvalidOperationException($"No confirmation for {filled.Action}: {confirm.StatusCode} {confirm.Errors}")
            : confirm.Form(action);
    }
}
