using System.Globalization;
using System.Text;

namespace Dixis.Web.Hosting;

/// <summary>Builds a path with a query string, leaving out empty values; numbers are written invariantly.</summary>
public sealed class UrlBuilder(string path)
{
    private readonly StringBuilder _url = new(path);
    private bool _first = !path.Contains('?', StringComparison.Ordinal);

    public UrlBuilder Add(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _url.Append(_first ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            _first = false;
        }

        return this;
    }

    public UrlBuilder Add(string name, decimal? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public UrlBuilder Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public UrlBuilder Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    public override string ToString() => _url.ToString();
}
