using Dixis.Domain.Invoicing;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Invoicing;
using Dixis.Infrastructure.Invoicing.MyData;
using Dixis.Infrastructure.Observability;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Invoicing;

/// <summary>
/// Sends one document to myDATA (queue <c>greek</c>, retried by Hangfire's AutomaticRetry like every job). Accepted:
/// MARK, UID and QR are stored and the PDF is rendered again with them. Validation error: Rejected, no retry (an
/// accountant must look). Technical failure: Failed, and the exception makes Hangfire retry. Without AADE
/// credentials nothing is sent and the document stays Pending. Idempotent: a transmitted or rejected document is
/// left alone, and a claim in the row keeps two workers from sending the same document at once.
/// </summary>
public sealed class TransmitInvoiceJob(DixisDbContext db, MyDataClient client, InvoicePdfs pdfs, DixisMetrics metrics, TimeProvider clock, ILogger<TransmitInvoiceJob> logger)
{
    /// <summary>How long a worker holds a document it is sending (longer than the HTTP timeout).</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    public async Task TransmitAsync(Guid invoiceId, CancellationToken ct)
    {
        if (!client.IsConfigured)
        {
            metrics.MyDataTransmission("queued");
            logger.LogInformation("Invoice {InvoiceId} stays pending: myDATA credentials are not configured", invoiceId);
            return;
        }

        if (!await ClaimAsync(invoiceId, ct))
        {
            logger.LogInformation("Invoice {InvoiceId} is already transmitted, rejected, missing or being sent by another worker", invoiceId);
            return;
        }

        var (invoice, document) = await InvoiceMapping.LoadAsync(db, invoiceId, ct, tracking: true)
            ?? throw new InvalidOperationException($"Invoice {invoiceId} vanished after it was claimed.");
        var violations = InvoiceRules.CheckForTransmission(document);
        if (violations.Count == 1 && violations[0].Code == InvoiceViolations.CorrelationMark)
        {
            await WaitForCorrectedAsync(invoice, ct);
            return;
        }

        if (violations.Count > 0)
        {
            await RejectAsync(invoice, "Not sent, the stored document breaks the rules: " + string.Join("; ", violations), ct);
            return;
        }

        invoice.TransmissionAttempts++;
        MyDataResponse? response;
        try
        {
            response = (await client.SendInvoicesAsync(MyDataInvoiceXml.Build(document), ct)).OrderBy(r => r.Index).FirstOrDefault();
        }
        catch (MyDataUnavailableException e)
        {
            await FailAsync(invoice, e.Message);
            throw;
        }

        if (response is { Accepted: true })
        {
            invoice.Status = InvoiceStatus.Transmitted;
            invoice.Mark = response.InvoiceMark;
            invoice.Uid = response.InvoiceUid;
            invoice.QrUrl = response.QrUrl;
            invoice.TransmittedAt = clock.GetUtcNow();
            invoice.LastError = null;
            invoice.PdfBlobKey = null;
            invoice.TransmissionClaimedUntil = null;
            await db.SaveChangesAsync(ct);
            metrics.MyDataTransmission("transmitted");
            logger.LogInformation("Invoice {InvoiceId} transmitted to myDATA: MARK {Mark}", invoice.Id, invoice.Mark);
            await RenderPdfAsync(invoice.Id, ct);
            return;
        }

        var errors = response is null ? "empty ResponseDoc" : $"{response.StatusCode}: {string.Join("; ", response.Errors)}";
        if (response is { Refused: true })
        {
            await RejectAsync(invoice, errors, ct);
            return;
        }

        await FailAsync(invoice, errors);
        throw new MyDataUnavailableException($"myDATA did not accept invoice {invoice.Id}: {errors}");
    }

    private async Task<bool> ClaimAsync(Guid invoiceId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now + ClaimFor;
        var claimed = await db.Invoices
            .Where(i => i.Id == invoiceId && i.Status != InvoiceStatus.Transmitted && i.Status != InvoiceStatus.Rejected
                && (i.TransmissionClaimedUntil == null || i.TransmissionClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.TransmissionClaimedUntil, until), ct);
        return claimed == 1;
    }

    private async Task WaitForCorrectedAsync(Invoice invoice, CancellationToken ct)
    {
        var corrected = await db.Invoices.AsNoTracking().Where(i => i.Id == invoice.CorrectedInvoiceId).Select(i => i.Status).SingleAsync(ct);
        if (corrected == InvoiceStatus.Rejected)
        {
            await RejectAsync(invoice, "The corrected document was rejected by myDATA, so this credit note cannot be correlated to it.", ct);
            return;
        }

        await FailAsync(invoice, "Waiting for the corrected document's MARK.");
        throw new InvalidOperationException($"Credit note {invoice.Id} waits until the document it corrects has a MARK; retried later.");
    }

    private async Task RejectAsync(Invoice invoice, string errors, CancellationToken ct)
    {
        invoice.Status = InvoiceStatus.Rejected;
        invoice.LastError = Truncate(errors);
        invoice.TransmissionClaimedUntil = null;
        await db.SaveChangesAsync(ct);
        metrics.MyDataTransmission("rejected");
        // The messages can quote AFMs and names: they stay in the row (LastError), not in the logs.
        logger.LogWarning("Invoice {InvoiceId} rejected; the reasons are in its LastError", invoice.Id);
    }

    private async Task FailAsync(Invoice invoice, string error)
    {
        invoice.Status = InvoiceStatus.Failed;
        invoice.LastError = Truncate(error);
        invoice.TransmissionClaimedUntil = null;
        // The failure is recorded even when the job was cancelled: it will be retried.
        await db.SaveChangesAsync(CancellationToken.None);
        metrics.MyDataTransmission("failed");
        logger.LogWarning("Invoice {InvoiceId} not transmitted, will retry; the reason is in its LastError", invoice.Id);
    }

    private async Task RenderPdfAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await pdfs.RenderAndStoreAsync(id, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // PdfBlobKey stays null, so the first download renders it with the MARK.
            logger.LogWarning(e, "PDF of transmitted invoice {InvoiceId} not stored", id);
        }
    }

    private static string Truncate(string s) => s.Length <= 2000 ? s : s[..2000];
}
