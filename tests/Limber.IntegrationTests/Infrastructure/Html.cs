using System.Net;
using System.Net.Http.Headers;
using AngleSharp;

namespace Limber.IntegrationTests.Infrastructure;

/// <summary>Reads pages as a browser would, and submits their forms (antiforgery token included).</summary>
public static class Html
{
    /// <summary>Parses the response with its address, so forms without an action post back to it.</summary>
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var address = response.RequestMessage!.RequestUri!.ToString();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(request => request.Content(html).Address(address));
    }

    /// <summary>GETs a page that must answer 200 and parses it.</summary>
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    /// <summary>
    /// Submits <paramref name="form"/> with its current values, overridden by <paramref name="values"/>,
    /// as if <paramref name="submitter"/> was clicked (its name/value and formaction are used).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlFormElement form,
        IDictionary<string, string>? values = null, IHtmlButtonElement? submitter = null,
        IDictionary<string, (string FileName, byte[] Content, string ContentType)>? files = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("file" or "submit" or "button"):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }
                    fields.Add(new(input.Name!, input.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value ?? ""));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name!, select.Value ?? ""));
                    break;
            }
        }
        if (values is not null)
        {
            foreach (var (name, value) in values)
            {
                fields.RemoveAll(f => f.Key == name);
                fields.Add(new(name, value));
            }
        }
        var action = submitter?.GetAttribute("formaction") ?? form.GetAttribute("action");
        if (string.IsNullOrEmpty(action))
        {
            action = new Uri(form.Owner!.Url).PathAndQuery;
        }
        action = WebUtility.HtmlDecode(action);
        HttpContent content;
        if (form.Enctype == "multipart/form-data")
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
            {
                multipart.Add(new StringContent(value), name);
            }
            foreach (var (name, file) in files ?? new Dictionary<string, (string, byte[], string)>())
            {
                var part = new ByteArrayContent(file.Content);
                part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
                multipart.Add(part, name, file.FileName);
            }
            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(fields);
        }
        return await client.PostAsync(action, content);
    }

    public static IHtmlFormElement Form(this IDocument document, string selector = "main form[method=post]") =>
        document.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form matches {selector}.");

    public static IHtmlButtonElement Button(this IHtmlFormElement form, string text) =>
        form.QuerySelectorAll<IHtmlButtonElement>("button").FirstOrDefault(b => b.TextContent.Trim() == text)
        ?? throw new InvalidOperationException($"No button '{text}' in the form.");

    public static string Text(this IDocument document, string selector) =>
        document.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches {selector}.");

    /// <summary>The field error shown for an input named <paramref name="name"/> (Razor's asp-validation-for).</summary>
    public static string? FieldError(this IDocument document, string name) =>
        document.QuerySelector($"[data-valmsg-for='{name}']")?.TextContent.Trim();

    public static string? Location(this HttpResponseMessage response) => response.Headers.Location?.OriginalString;
}
