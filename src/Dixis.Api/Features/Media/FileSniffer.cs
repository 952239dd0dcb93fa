namespace Dixis.Api.Features.Media;

/// <summary>What a file's first bytes say it is. The name and the declared content type are never trusted.</summary>
public enum SniffedFormat
{
    Unknown,
    Jpeg,
    Png,
    WebP,
    Pdf,
}

/// <summary>Recognises the formats Dixis accepts by their magic bytes; everything else (SVG, HTML, GIF, archives…) is <see cref="SniffedFormat.Unknown"/>.</summary>
public static class FileSniffer
{
    /// <summary>Bytes needed to tell every accepted format apart.</summary>
    public const int HeaderBytes = 16;

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> Pdf => "%PDF-"u8;

    public static SniffedFormat Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(Png))
        {
            return SniffedFormat.Png;
        }

        if (header.StartsWith(Jpeg))
        {
            return SniffedFormat.Jpeg;
        }

        if (header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return SniffedFormat.WebP;
        }

        return header.StartsWith(Pdf) ? SniffedFormat.Pdf : SniffedFormat.Unknown;
    }

    /// <summary>A PDF is kept as sent (it is only ever shown to admins), so at least its end must be there: a truncated file has no <c>%%EOF</c>.</summary>
    public static bool PdfLooksComplete(ReadOnlySpan<byte> content)
    {
        var tail = content[Math.Max(0, content.Length - 1024)..];
        return tail.IndexOf("%%EOF"u8) >= 0;
    }
}
