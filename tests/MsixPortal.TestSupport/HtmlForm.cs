using AngleSharp.Html.Dom;

namespace MsixPortal.TestSupport;

/// <summary>
/// A form read from a page, with every input's current value (hidden antiforgery token included),
/// so a test fills in what a person would and posts the rest unchanged.
/// </summary>
public sealed class HtmlForm
{
    private readonly List<KeyValuePair<string, string>> _fields = [];

    public HtmlForm(IHtmlFormElement form)
    {
        Action = form.GetAttribute("action") ?? "";
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        _fields.Add(new(input.Name ?? "", input.Value));
                    }
                    break;
                case IHtmlInputElement input when input.Type is not ("submit" or "button") && !string.IsNullOrEmpty(input.Name):
                    _fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    _fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    _fields.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }
    }

    public string Action { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    public string? this[string name] => _fields.FirstOrDefault(f => f.Key == name).Value;

    /// <summary>Sets a field (replacing its value, or adding it, e.g. to try mass assignment).</summary>
    public HtmlForm Set(string name, string value)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.Add(new(name, value));
        return this;
    }

    public HtmlForm Remove(string name)
    {
        _fields.RemoveAll(f => f.Key == name);
        return this;
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client, string? action = null) =>
        client.PostAsync(new Uri(action ?? Action, UriKind.RelativeOrAbsolute), new FormUrlEncodedContent(_fields));

    public async Task<HtmlPage> SubmitAsync(HttpClient client, string? action = null) =>
        await HtmlPage.LoadAsync(await PostAsync(client, action));
}
