using Dixis.Api.Features.Catalog;
using Dixis.Api.Features.Media;
using Dixis.Api.Problems;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Producers;
using Dixis.Infrastructure.Observability;
using Dixis.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Producers;

/// <summary>
/// A producer's uploads: product images (JPEG, PNG, WebP; re-encoded) and onboarding documents (PDF, JPEG, PNG). The
/// content decides what a file is, never its name or declared type; a refused file leaves nothing behind. Shared by the
/// API endpoints and the storefront's in-process client.
/// </summary>
public sealed class ProducerUploads(DixisDbContext db, IBlobStorage storage, TimeProvider clock, CatalogQueries catalog, DixisMetrics metrics, ILogger<ProducerUploads> log)
{
    /// <summary>The kinds of onboarding document a producer can send.</summary>
    public static readonly IReadOnlyList<string> DocumentKinds = ["registration", "licence", "certificate", "other"];

    /// <summary>Adds an image to one of the producer's own products; the product goes back to moderation.</summary>
    public async Task<UploadOutcome<ProductImageResponse>> AddProductImageAsync(Guid userId, Guid productId, Stream content, string? alt, CancellationToken ct)
    {
        var product = await db.Products.Include(p => p.Images)
            .FirstOrDefaultAsync(p => p.Id == productId && p.Producer!.OwnerUserId == userId, ct);
        if (product is null)
        {
            return UploadOutcome.Refused<ProductImageResponse>(StatusCodes.Status404NotFound, "not-found");
        }

        var bytes = await ReadBoundedAsync(content, ct);
        if (bytes is null)
        {
            return UploadOutcome.Refused<ProductImageResponse>(StatusCodes.Status413PayloadTooLarge, "upload.too-large");
        }

        var (image, refusal) = ImageReencoder.Reencode(bytes, FileSniffer.Sniff(bytes));
        if (image is null)
        {
            log.LogInformation("ProductImageRefused {ProductId} {Reason} {Bytes}", productId, refusal, bytes.Length);
            return UploadOutcome.Refused<ProductImageResponse>(StatusCodes.Status400BadRequest, refusal!);
        }

        var row = new ProductImage
        {
            ProductId = product.Id,
            ContentType = image.ContentType,
            BlobKey = "",
            Alt = CleanText(alt, 200) ?? product.Name,
            SortOrder = product.Images.Count == 0 ? 0 : product.Images.Max(i => i.SortOrder) + 1,
        };
        row.BlobKey = BlobKey.Validate($"products/{product.Id:N}-{row.Id:N}.{image.Extension}");
        using (var stream = new MemoryStream(image.Content))
        {
            await storage.PutAsync(row.BlobKey, stream, image.ContentType, ct);
        }

        db.ProductImages.Add(row);
        // A new picture is a change buyers see: it is moderated like any other.
        product.Approval = ApprovalStatus.Pending;
        product.RejectionReason = null;
        product.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await storage.DeleteAsync(row.BlobKey, CancellationToken.None);
            throw;
        }

        await catalog.InvalidateAsync(ct);
        metrics.ProductChanged("image");
        log.LogInformation("ProductImageStored {ProductId} {ImageId} {Bytes} {Width} {Height}", product.Id, row.Id, image.Content.Length, image.Width, image.Height);
        return UploadOutcome.Stored(
            new ProductImageResponse(row.Id, CatalogQueries.MediaPrefix + row.BlobKey, image.ContentType, image.Width, image.Height));
    }

    /// <summary>Stores an onboarding document of the producer; images are re-encoded, PDFs kept as sent (they are never served publicly).</summary>
    public async Task<UploadOutcome<ProducerDocumentResponse>> AddDocumentAsync(Guid userId, string? kind, string? fileName, Stream content, CancellationToken ct)
    {
        var producer = await db.Producers.FirstOrDefaultAsync(p => p.OwnerUserId == userId, ct);
        if (producer is null)
        {
            return UploadOutcome.Refused<ProducerDocumentResponse>(StatusCodes.Status409Conflict, "producer-profile-missing");
        }

        if (kind is null || !DocumentKinds.Contains(kind))
        {
            return UploadOutcome.Refused<ProducerDocumentResponse>(StatusCodes.Status400BadRequest, "upload.kind");
        }

        var bytes = await ReadBoundedAsync(content, ct);
        if (bytes is null)
        {
            return UploadOutcome.Refused<ProducerDocumentResponse>(StatusCodes.Status413PayloadTooLarge, "upload.too-large");
        }

        var format = FileSniffer.Sniff(bytes);
        byte[] stored;
        string contentType, extension;
        if (format == SniffedFormat.Pdf)
        {
            if (!FileSniffer.PdfLooksComplete(bytes))
            {
                return UploadOutcome.Refused<ProducerDocumentResponse>(StatusCodes.Status400BadRequest, "upload.corrupt");
            }

            (stored, contentType, extension) = (bytes, "application/pdf", "pdf");
        }
        else
        {
            var (image, refusal) = format is SniffedFormat.Jpeg or SniffedFormat.Png
                ? ImageReencoder.Reencode(bytes, format)
                : (null, "upload.not-document");
            if (image is null)
            {
                log.LogInformation("ProducerDocumentRefused {ProducerId} {Reason} {Bytes}", producer.Id, refusal, bytes.Length);
                return UploadOutcome.Refused<ProducerDocumentResponse>(StatusCodes.Status400BadRequest, refusal!);
            }

            (stored, contentType, extension) = (image.Content, image.ContentType, image.Extension);
        }

        var document = new ProducerDocument
        {
            ProducerId = producer.Id,
            Kind = kind,
            FileName = DisplayName(fileName, extension),
            ContentType = contentType,
            BlobKey = "",
            UploadedAt = clock.GetUtcNow(),
        };
        document.BlobKey = BlobKey.Validate($"producers/{producer.Id:N}/documents/{document.Id:N}.{extension}");
        using (var stream = new MemoryStream(stored))
        {
            await storage.PutAsync(document.BlobKey, stream, contentType, ct);
        }

        db.ProducerDocuments.Add(document);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await storage.DeleteAsync(document.BlobKey, CancellationToken.None);
            throw;
        }

        log.LogInformation("ProducerDocumentStored {ProducerId} {DocumentId} {Kind} {Bytes}", producer.Id, document.Id, kind, stored.Length);
        return UploadOutcome.Stored(ToResponse(document));
    }

    /// <summary>The producer's documents, newest first; empty when there is no profile.</summary>
    public async Task<List<ProducerDocumentResponse>> DocumentsAsync(Guid userId, CancellationToken ct)
    {
        var rows = await db.ProducerDocuments.AsNoTracking()
            .Where(d => db.Producers.Any(p => p.Id == d.ProducerId && p.OwnerUserId == userId))
            .ToListAsync(ct);
        return rows.OrderByDescending(d => d.UploadedAt).Select(ToResponse).ToList();
    }

    private static ProducerDocumentResponse ToResponse(ProducerDocument d) => new(d.Id, d.Kind, d.FileName, d.ContentType, d.UploadedAt);

    /// <summary>The whole content, or null as soon as it passes <see cref="UploadLimits.MaxFileBytes"/> (the rest is never read).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > UploadLimits.MaxFileBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // The name is only shown back to the producer and admins; its extension follows what was stored, not what was sent.
    private static string DisplayName(string? fileName, string extension)
    {
        var stem = CleanText(Path.GetFileNameWithoutExtension(Path.GetFileName(fileName?.Replace('\\', '/') ?? "")), 150);
        return $"{(string.IsNullOrEmpty(stem) ? "document" : stem)}.{extension}";
    }

    private static string? CleanText(string? value, int max)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > max || !TextRules.IsClean(trimmed) ? null : trimmed;
    }
}
