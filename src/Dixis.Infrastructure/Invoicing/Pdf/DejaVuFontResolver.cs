using PdfSharp.Fonts;

namespace Dixis.Infrastructure.Invoicing.Pdf;

/// <summary>
/// PDFsharp finds no system fonts on Linux by itself; this resolver serves DejaVu Sans (regular and bold),
/// embedded in this assembly, for every family name, so Greek glyphs render the same on any host or image.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";
    private const string Regular = "Dixis.Fonts.DejaVuSans.ttf";
    private const string Bold = "Dixis.Fonts.DejaVuSans-Bold.ttf";
    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>Installs the resolver once per process (PDFsharp's font settings are global).</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (!_installed)
            {
                GlobalFontSettings.FontResolver ??= new DejaVuFontResolver();
                _installed = true;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        // No italic face is embedded: PDFsharp simulates it when asked.
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(DejaVuFontResolver).Assembly.GetManifestResourceStream(faceName);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
