using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Invoicing;
using Dixis.Infrastructure.Invoicing.Pdf;
using Dixis.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Infrastructure.Invoicing;

/// <summary>
/// The stored PDF of a document, in object storage under <c>invoices/{year}/{id}.pdf</c>. It is rendered at issue
/// (with a "not yet transmitted" note) and again once myDATA has given the MARK and QR.
/// </summary>
public sealed class InvoicePdfs(DixisDbContext db, IBlobStorage blobs)
{
    public const string ContentType = "application/pdf";

    public static string KeyFor(Guid id, DateOnly issueDate) => $"invoices/{issueDate.Year:0000}/{id:N}.pdf";

    /// <summary>Renders the document as it stands now, stores it and records its key; null when there is no such document.</summary>
    public async Task<byte[]?> RenderAndStoreAsync(Guid id, CancellationToken ct)
    {
        var loaded = await InvoiceMapping.LoadAsync(db, id, ct);
        if (loaded is not { } found)
        {
            return null;
        }

        var (invoice, document) = found;
        var marks = invoice is { Status: InvoiceStatus.Transmitted, Mark: { } mark } ? new InvoiceTransmissionMarks(mark, invoice.Uid, invoice.QrUrl) : null;
        var pdf = InvoicePdfRenderer.Render(document, marks);
        var key = KeyFor(invoice.Id, invoice.IssueDate);
        using (var content = new MemoryStream(pdf))
        {
            await blobs.PutAsync(key, content, ContentType, ct);
        }

        await db.Invoices.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.PdfBlobKey, key), ct);
        return pdf;
    }

    /// <summary>The current PDF: the stored one, or rendered and stored now when missing.</summary>
    public async Task<byte[]?> GetAsync(Guid id, CancellationToken ct)
    {
        var key = await db.Invoices.AsNoTracking().Where(i => i.Id == id).Select(i => i.PdfBlobKey).SingleOrDefaultAsync(ct);
        if (key is not null)
        {
            await using var stored = await blobs.GetAsync(key, ct);
            if (stored is not null)
            {
                using var copy = new MemoryStream();
                await stored.Content.CopyToAsync(copy, ct);
                return copy.ToArray();
            }
        }

        return await RenderAndStoreAsync(id, ct);
    }
}
