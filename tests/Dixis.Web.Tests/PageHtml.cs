using System.Net;
using System.Text.RegularExpressions;

namespace Dixis.Web.Tests;

/// <summary>Helpers for reading pages and posting the storefront's forms as a browser without JavaScript would.</summary>
public static partial class PageHtml
{
    public static async Task<(HttpStatusCode Status, string Html)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>GETs the form's page, then posts <paramref name="fields"/> with its antiforgery token and form name (to <paramref name="action"/> or the page).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, IDictionary<string, string> fields, string? action = null)
    {
        var page = await client.GetStringAsync(path);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, "the page has no antiforgery token");
        var body = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        };
        return await client.PostAsync(action ?? path, new FormUrlEncodedContent(body));
    }

    /// <summary>Script elements with a body (inline script), event-handler attributes and style attributes: all forbidden by the CSP.</summary>
    public static IReadOnlyList<string> InlineCode(string html) =>
        InlineScript().Matches(html).Concat(EventHandler().Matches(html)).Concat(StyleAttribute().Matches(html)).Select(m => m.Value).ToList();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"<[^>]+\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();
}
