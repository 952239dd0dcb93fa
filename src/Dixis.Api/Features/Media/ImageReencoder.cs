using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace Dixis.Api.Features.Media;

/// <summary>An image decoded and written again: only pixels survive, no metadata and nothing appended after the image.</summary>
public sealed record ReencodedImage(byte[] Content, string ContentType, string Extension, int Width, int Height);

/// <summary>
/// Decodes an uploaded JPEG, PNG or WebP with ImageSharp (and only those decoders), checks its declared size before
/// decoding it, turns it upright, scales it down to <see cref="UploadLimits.MaxStoredSide"/>, drops EXIF/ICC/XMP/IPTC
/// and encodes it again in the same format. A file that does not decode as the format its bytes claim is refused.
/// </summary>
public static class ImageReencoder
{
    // Only the accepted formats: a GIF, BMP or TIFF cannot sneak through a decoder we did not mean to offer.
    private static readonly Configuration Decoders = new(new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule())
    {
        // Two cores are shared by everything on a small host.
        MaxDegreeOfParallelism = 1,
    };

    /// <summary>The re-encoded image, or null with the reason code when the bytes are not an acceptable image.</summary>
    public static (ReencodedImage? Image, string? Refusal) Reencode(byte[] content, SniffedFormat format)
    {
        if (format is not (SniffedFormat.Jpeg or SniffedFormat.Png or SniffedFormat.WebP))
        {
            return (null, "upload.not-image");
        }

        try
        {
            var info = Image.Identify(Decoders, content, out var detected);
            if (info is null || detected is null || !Matches(detected, format))
            {
                return (null, "upload.corrupt");
            }

            if (info.Width > UploadLimits.MaxSourceSide || info.Height > UploadLimits.MaxSourceSide || (long)info.Width * info.Height > UploadLimits.MaxSourcePixels)
            {
                return (null, "upload.too-many-pixels");
            }

            using var image = Image.Load(Decoders, content);
            image.Mutate(x =>
            {
                x.AutoOrient();
                if (image.Width > UploadLimits.MaxStoredSide || image.Height > UploadLimits.MaxStoredSide)
                {
                    x.Resize(new ResizeOptions { Mode = ResizeMode.Max, Size = new Size(UploadLimits.MaxStoredSide, UploadLimits.MaxStoredSide) });
                }
            });
            image.Metadata.ExifProfile = null;
            image.Metadata.IccProfile = null;
            image.Metadata.XmpProfile = null;
            image.Metadata.IptcProfile = null;

            using var output = new MemoryStream();
            var (encoder, contentType, extension) = Encoder(format);
            image.Save(output, encoder);
            return (new ReencodedImage(output.ToArray(), contentType, extension, image.Width, image.Height), null);
        }
        catch (Exception e) when (e is ImageFormatException or UnknownImageFormatException or InvalidImageContentException or NotSupportedException or InvalidOperationException)
        {
            return (null, "upload.corrupt");
        }
    }

    private static bool Matches(IImageFormat detected, SniffedFormat format) => format switch
    {
        SniffedFormat.Jpeg => detected is JpegFormat,
        SniffedFormat.Png => detected is PngFormat,
        SniffedFormat.WebP => detected is WebpFormat,
        _ => false,
    };

    private static (IImageEncoder Encoder, string ContentType, string Extension) Encoder(SniffedFormat format) => format switch
    {
        SniffedFormat.Png => (new PngEncoder { CompressionLevel = PngCompressionLevel.BestCompression }, "image/png", "png"),
        SniffedFormat.WebP => (new WebpEncoder { Quality = 82 }, "image/webp", "webp"),
        _ => (new JpegEncoder { Quality = 85 }, "image/jpeg", "jpg"),
    };
}
