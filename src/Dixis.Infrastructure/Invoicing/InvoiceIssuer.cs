using Dixis.Domain.Greek;
using Dixis.Domain.Invoicing;
using Dixis.Domain.Pricing;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Invoicing;
using Dixis.Infrastructure.Jobs;
using Dixis.Infrastructure.Observability;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Invoicing;

/// <summary>
/// Issues documents: checks the draft against <see cref="InvoiceRules"/>, takes the next number of its series and
/// inserts the document in one transaction (retried on a numbering conflict), renders the PDF into object storage
/// and queues <see cref="TransmitInvoiceJob"/> on queue <c>greek</c>. Independent of orders: callers pass plain ids.
/// It works in a database context and transaction of its own, so a caller's tracked changes are never touched:
/// issue after the order is committed.
/// </summary>
public sealed class InvoiceIssuer(IServiceScopeFactory scopes, JobEnqueuer jobs, DixisMetrics metrics, TimeProvider clock, ILogger<InvoiceIssuer> logger)
{
    /// <summary>Attempts of the numbering transaction before a conflict is given up (only under extreme contention).</summary>
    public const int MaxAttempts = 30;

    /// <summary>Violation code: a credit note would take back more than the document's total.</summary>
    public const string CreditExceedsOriginal = "credit-exceeds-original";

    /// <summary>Violation code: the corrected document does not exist.</summary>
    public const string CorrectedNotFound = "corrected-not-found";

    /// <summary>
    /// Issues <paramref name="draft"/>; throws <see cref="InvalidInvoiceException"/> (nothing stored) when it breaks a rule.
    /// A sale document (not a credit note) for an order that already has one of its type is not issued twice: the
    /// database refuses the second (<see cref="Invoice.SaleOrderId"/>), its transaction rolls back with the number it
    /// took, and the existing document is returned.
    /// </summary>
    public async Task<IssuedInvoice> IssueAsync(InvoiceDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        var pdfs = scope.ServiceProvider.GetRequiredService<InvoicePdfs>();
        var corrects = draft.CorrectsInvoiceId is { } correctedId ? await InvoiceMapping.CorrelatedAsync(db, correctedId, ct) : null;
        if (draft.CorrectsInvoiceId is not null && corrects is null)
        {
            throw new InvalidInvoiceException([new InvoiceViolation(CorrectedNotFound, "The document to correct does not exist.")]);
        }

        var date = AthensTime.Today(clock);
        var document = InvoiceDocument.Create(draft.Issuer, draft.Counterpart, draft.Type, draft.Series.Trim(), 0, date, draft.Lines, draft.PaymentMethod, corrects);
        var violations = InvoiceRules.CheckDraft(document).ToList();
        if (corrects is not null && violations.Count == 0)
        {
            await CheckCreditLimitAsync(db, corrects.Id, document.Totals.Gross, violations, ct);
        }

        if (violations.Count > 0)
        {
            throw new InvalidInvoiceException(violations);
        }

        var (invoice, inserted) = await InsertNumberedAsync(db, document, draft, ct);
        if (!inserted)
        {
            // Another run (a retry, a second worker) issued it first; its PDF and transmission are under way.
            logger.LogInformation("Order {OrderId} already has its {Type} {InvoiceId}; not issued again", draft.OrderId, InvoiceTypes.Code(invoice.Type), invoice.Id);
            return Issued(invoice);
        }

        metrics.InvoiceIssued(InvoiceTypes.Code(invoice.Type));
        logger.LogInformation("Invoice {InvoiceId} issued: {Type} {Series}-{Number}", invoice.Id, InvoiceTypes.Code(invoice.Type), invoice.Series, invoice.Number);

        try
        {
            await pdfs.RenderAndStoreAsync(invoice.Id, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The document is issued and numbered; its PDF is rendered again on first download.
            logger.LogWarning(e, "PDF of invoice {InvoiceId} not stored at issue", invoice.Id);
        }

        var id = invoice.Id;
        jobs.Enqueue<TransmitInvoiceJob>(JobQueues.Greek, j => j.TransmitAsync(id, CancellationToken.None));
        return Issued(invoice);
    }

    /// <summary>
    /// A credit-note draft refunding <paramref name="refundGross"/> (VAT included) of an issued document: 11.4 for a
    /// receipt, 5.1 for an invoice; same issuer, counterpart, payment method and references; lines from
    /// <see cref="CreditNoteLines.For"/>. Throws <see cref="InvalidInvoiceException"/> when the document is missing,
    /// cannot be credited, or the refund exceeds what is left to credit.
    /// </summary>
    public async Task<InvoiceDraft> CreditNoteDraftAsync(Guid originalId, Money refundGross, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        var loaded = await InvoiceMapping.LoadAsync(db, originalId, ct)
            ?? throw new InvalidInvoiceException([new InvoiceViolation(CorrectedNotFound, "The document to correct does not exist.")]);
        var (original, document) = loaded;
        if (InvoiceTypes.IsCredit(original.Type))
        {
            throw new InvalidInvoiceException([new InvoiceViolation(InvoiceViolations.CorrelationType, "A credit note cannot itself be credited.")]);
        }

        var credited = await CreditedSoFarAsync(db, originalId, ct);
        IReadOnlyList<InvoiceLine> lines;
        try
        {
            lines = CreditNoteLines.For(document, refundGross, credited);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new InvalidInvoiceException([new InvoiceViolation(CreditExceedsOriginal, e.Message)]);
        }

        var type = InvoiceTypes.CreditFor(original.Type);
        return new InvoiceDraft(document.Issuer, document.Counterpart, type, InvoiceSeries.DefaultFor(type), lines, document.PaymentMethod)
        {
            ProducerId = original.ProducerId,
            BuyerUserId = original.BuyerUserId,
            OrderId = original.OrderId,
            CheckoutId = original.CheckoutId,
            SettlementId = original.SettlementId,
            CorrectsInvoiceId = original.Id,
        };
    }

    private static IssuedInvoice Issued(Invoice invoice) =>
        new(invoice.Id, invoice.Type, invoice.Series, invoice.Number, invoice.IssueDate, new Money(invoice.TotalGross));

    /// <summary>
    /// Numbers and inserts the document in one transaction, so a failed insert gives its number back. Returns the
    /// order's existing sale document instead (<c>Inserted</c> false) when the insert collided with it.
    /// </summary>
    private async Task<(Invoice Invoice, bool Inserted)> InsertNumberedAsync(DixisDbContext db, InvoiceDocument document, InvoiceDraft draft, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await strategy.ExecuteAsync(async () =>
                {
                    db.ChangeTracker.Clear();
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    var number = await InvoiceNumbering.NextAsync(db, document.Issuer.Afm, document.Type, document.Series, ct);
                    var invoice = InvoiceMapping.ToEntity(document with { Number = number }, draft, clock.GetUtcNow());
                    db.Invoices.Add(invoice);
                    await db.SaveChangesAsync(ct);
                    await transaction.CommitAsync(ct);
                    return invoice;
                }), true);
            }
            catch (Exception e) when (InvoiceNumbering.IsConflict(e))
            {
                // The transaction is rolled back (number and all). A unique-key conflict may be the order's document
                // committed by another run: then that one is the answer, and trying again would only collide again.
                db.ChangeTracker.Clear();
                if (await ExistingSaleDocumentAsync(db, draft, ct) is { } existing)
                {
                    return (existing, false);
                }

                if (attempt >= MaxAttempts)
                {
                    throw;
                }

                logger.LogDebug("Numbering conflict in series {Series}, attempt {Attempt}", document.Series, attempt);
                await Task.Delay(Random.Shared.Next(2, 10 * Math.Min(attempt, 10)), ct);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static Task<Invoice?> ExistingSaleDocumentAsync(DixisDbContext db, InvoiceDraft draft, CancellationToken ct) =>
        draft.OrderId is { } orderId && draft.CorrectsInvoiceId is null
            ? db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.SaleOrderId == orderId && i.Type == draft.Type, ct)
            : Task.FromResult<Invoice?>(null);

    private static async Task CheckCreditLimitAsync(DixisDbContext db, Guid originalId, Money gross, List<InvoiceViolation> violations, CancellationToken ct)
    {
        var originalGross = new Money(await db.Invoices.AsNoTracking().Where(i => i.Id == originalId).Select(i => i.TotalGross).SingleAsync(ct));
        var credited = await CreditedSoFarAsync(db, originalId, ct);
        if (credited + gross > originalGross)
        {
            violations.Add(new InvoiceViolation(CreditExceedsOriginal, $"Credits {credited} + {gross} would exceed the document's total {originalGross}."));
        }
    }

    private static async Task<Money> CreditedSoFarAsync(DixisDbContext db, Guid originalId, CancellationToken ct)
    {
        // Summed in C#: SQLite cannot sum the decimals it stores as doubles exactly.
        var amounts = await db.Invoices.AsNoTracking().Where(i => i.CorrectedInvoiceId == originalId).Select(i => i.TotalGross).ToListAsync(ct);
        return new Money(amounts.Sum());
    }
}
