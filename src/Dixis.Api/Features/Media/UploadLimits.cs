namespace Dixis.Api.Features.Media;

/// <summary>How large an upload may be, in bytes and in pixels, and which API paths take uploads.</summary>
public static class UploadLimits
{
    /// <summary>Largest file accepted: 20 MB.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>Room for the multipart boundaries and the other form fields around the file.</summary>
    public const long MaxRequestBytes = MaxFileBytes + (64 * 1024);

    /// <summary>Images wider or taller than this are refused before they are decoded (a small file can declare huge dimensions).</summary>
    public const int MaxSourceSide = 10_000;

    /// <summary>Images with more pixels than this (40 MP) are refused before they are decoded.</summary>
    public const long MaxSourcePixels = 40_000_000;

    /// <summary>Stored images are scaled down to this longest side; the shop never shows more.</summary>
    public const int MaxStoredSide = 2048;

    /// <summary>Whether <paramref name="path"/> is one of the upload endpoints, which take up to <see cref="MaxRequestBytes"/> instead of the JSON limit.</summary>
    public static bool IsUploadPath(PathString path) =>
        path.StartsWithSegments("/api/v1/producer/documents")
        || (path.StartsWithSegments("/api/v1/producer/products") && path.Value!.EndsWith("/images", StringComparison.Ordinal));
}
