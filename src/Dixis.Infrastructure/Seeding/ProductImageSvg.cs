using System.Globalization;
using System.Security;
using System.Text;

namespace Dixis.Infrastructure.Seeding;

/// <summary>Draws a simple label-style SVG for a demo product, so the seed never downloads an image.</summary>
internal static class ProductImageSvg
{
    private static readonly string[] Palette = ["#2f6f4e", "#a5672b", "#c08a1e", "#6b4c9a", "#1f5f8b", "#8b2f3c", "#4f6b2a", "#7a5230"];

    public static byte[] Render(string name, string category)
    {
        var colour = Palette[(int)((uint)StableHash(category) % Palette.Length)];
        var initial = SecurityElement.Escape(name[..1]);
        var title = SecurityElement.Escape(name);
        var svg = string.Create(CultureInfo.InvariantCulture, $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="640" height="480" viewBox="0 0 640 480" role="img" aria-label="{title}">
              <rect width="640" height="480" fill="{colour}"/>
              <circle cx="320" cy="200" r="110" fill="#fdf6e3" opacity="0.9"/>
              <text x="320" y="240" font-family="sans-serif" font-size="120" text-anchor="middle" fill="{colour}">{initial}</text>
              <text x="320" y="400" font-family="sans-serif" font-size="30" text-anchor="middle" fill="#fdf6e3">{title}</text>
            </svg>
            """);
        return Encoding.UTF8.GetBytes(svg);
    }

    // string.GetHashCode is randomised per process; the colour must not change between runs.
    private static int StableHash(string s)
    {
        var h = 17;
        foreach (var c in s)
        {
            h = unchecked((h * 31) + c);
        }

        return h;
    }
}
