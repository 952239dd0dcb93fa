using System.Net;
using Ganss.Xss;

namespace Dixis.Api.Features.Producers;

/// <summary>
/// Producer and product descriptions are plain text: the storefront writes them as text (HTML-encoded), and API
/// clients, mails and meta tags take them as they are. Markup typed or pasted into them is removed on write with
/// HtmlSanitizer and an empty allow-list, so no stored description carries a tag, an event handler, a
/// <c>javascript:</c> link or a style expression to any later reader. Text around the markup stays.
/// </summary>
public static class PlainDescription
{
    // Their content is code or hidden text, not prose: removed together with the element.
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "textarea", "title", "xmp", "noembed", "noframes",
    };

    private static readonly HtmlSanitizer Sanitizer = Create();

    /// <summary>The description without markup; null stays null.</summary>
    public static string? From(string? text)
    {
        if (text is null || !text.Contains('<', StringComparison.Ordinal))
        {
            return text;
        }

        // The sanitizer answers HTML (text entity-encoded); the description is stored as the text itself. Decoding can
        // reassemble markup from split pieces (<<script>script>), so the text is cleaned until it no longer changes.
        var current = text;
        for (var pass = 0; pass < 5 && current.Contains('<', StringComparison.Ordinal); pass++)
        {
            var cleaned = WebUtility.HtmlDecode(Sanitizer.Sanitize(current)).Trim();
            if (cleaned == current)
            {
                return cleaned;
            }

            current = cleaned;
        }

        return current.Contains('<', StringComparison.Ordinal) ? current.Replace("<", string.Empty, StringComparison.Ordinal) : current;
    }

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer { KeepChildNodes = true };
        sanitizer.AllowedTags.Clear();
        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DroppedWithContent.Contains(e.Tag.LocalName))
            {
                e.Cancel = true;
                e.Tag.Remove();
            }
        };
        return sanitizer;
    }
}
