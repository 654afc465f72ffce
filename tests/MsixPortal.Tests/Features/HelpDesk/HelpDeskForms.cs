using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.HelpDesk;

/// <summary>Filling the help-desk and incident forms through the real pages.</summary>
internal static class HelpDeskForms
{
    public static async Task<HttpResponseMessage> AskAsync(HttpClient client, string category, string message,
        params (string Name, string Value)[] visitor)
    {
        var form = (await HtmlPage.GetAsync(client, "/help/contact")).Form("/help/contact")
            .Set("Category", category).Set("Message", message);
        foreach (var (name, value) in visitor)
        {
            form.Set(name, value);
        }
        return await form.PostAsync(client);
    }

    public static async Task<HttpResponseMessage> ReportIncidentAsync(HttpClient client, string whatHappened, string whoWasTold)
    {
        var form = (await HtmlPage.GetAsync(client, "/help/incident")).Form("/help/incident")
            .Set("WhatHappened", whatHappened).Set("OccurredAt", "2026-01-05T09:30").Set("WhoWasTold", whoWasTold);
        var content = form.Fields.Append(new("DataInvolved", "identity")).Append(new("DataInvolved", "school"));
        return await client.PostAsync(new Uri("/help/incident", UriKind.Relative), new FormUrlEncodedContent(content));
    }

    /// <summary>The request's page path from a signed-in reporter's redirect (/help/requests/{id}?done=...).</summary>
    public static string RequestPath(HttpResponseMessage created)
    {
        var location = created.LocationPath() ?? throw new InvalidOperationException($"No redirect: {(int)created.StatusCode}");
        Assert.StartsWith("/help/requests/", location, StringComparison.Ordinal);
        return location;
    }

    /// <summary>The email to <paramref name="address"/> whose subject names <paramref name="reference"/>, once the expected number arrived.</summary>
    public static async Task<MimeKit.MimeMessage> MailAboutAsync(MailFolder mail, string address, string reference, int expectedCount, string? subjectPart = null)
    {
        await mail.LatestToAsync(address, expectedCount);
        return mail.To(address).Single(m => m.Subject?.Contains(reference, StringComparison.Ordinal) == true
            && (subjectPart is null || m.Subject.Contains(subjectPart, StringComparison.Ordinal)));
    }

    public static async Task<HttpResponseMessage> PostButtonAsync(HttpClient client, string path, string action, params (string Name, string Value)[] fields)
    {
        var form = (await HtmlPage.GetAsync(client, path)).Form($"{path}/{action}");
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }
        return await form.PostAsync(client);
    }

    /// <summary>
    /// Acknowledging or closing as a person does it: the request page's button opens the confirmation
    /// page (which changes nothing), whose button does it.
    /// </summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string path, string action)
    {
        var page = await HtmlPage.GetAsync(client, path);
        Assert.NotNull(page.Document.QuerySelector($"a[href='{path}/{action}']"));
        var confirmation = await HtmlPage.GetAsync(client, $"{path}/{action}");
        return await confirmation.Form($"{path}/{action}").PostAsync(client);
    }
}
