using System.Diagnostics;
using Dixis.Domain.Greek;
using Dixis.Domain.Invoicing;
using Dixis.Domain.Pricing;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Invoicing;
using Dixis.Infrastructure.Invoicing;
using Dixis.Infrastructure.Storage;
using Dixis.Infrastructure.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Dixis.Infrastructure.Tests.Invoicing;

/// <summary>Issuing on a real database: numbering under concurrency, what is stored, credit notes. Runs on each provider.</summary>
public abstract class InvoiceIssuingTests(DatabaseFixture database, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Two_hundred_concurrent_issues_in_one_series_are_numbered_1_to_200_without_gap_or_duplicate()
    {
        await using var harness = new InvoicingHarness(await database.OptionsAsync());
        var producer = Drafts.NewProducer();
        var watch = Stopwatch.StartNew();

        var issued = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => harness.IssueAsync(Drafts.Receipt(producer)))));

        output.WriteLine($"{database.Provider}: 200 concurrent issues (number, insert, PDF, enqueue) in {watch.ElapsedMilliseconds} ms");
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), issued.Select(i => i.Number).Order());
        await using var db = new DixisDbContext(await database.OptionsAsync());
        var stored = await db.Invoices.AsNoTracking().Where(i => i.IssuerAfm == producer.Afm).Select(i => i.Number).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), stored.Order());
        Assert.Equal(200, await db.InvoiceSeriesCounters.Where(c => c.IssuerAfm == producer.Afm).Select(c => c.LastNumber).SingleAsync());
        Assert.Equal(issued.Select(i => i.Id).Order(), harness.QueuedTransmissions().Where(issued.Select(i => i.Id).Contains).Order());
    }

    [SkippableFact]
    public async Task Numbers_run_per_issuer_type_and_series()
    {
        await using var harness = new InvoicingHarness(await database.OptionsAsync());
        var first = Drafts.NewProducer();
        var second = Drafts.NewProducer();

        var receipts = new[] { await harness.IssueAsync(Drafts.Receipt(first)), await harness.IssueAsync(Drafts.Receipt(first)) };
        var invoice = await harness.IssueAsync(Drafts.SalesInvoice(first));
        var otherSeries = await harness.IssueAsync(Drafts.Receipt(first, series: "ΑΛΠ2"));
        var otherProducer = await harness.IssueAsync(Drafts.Receipt(second));

        Assert.Equal([1L, 2L], receipts.Select(r => r.Number));
        Assert.Equal((1L, "ΤΠ-1"), (invoice.Number, invoice.Reference));
        Assert.Equal(1, otherSeries.Number);
        Assert.Equal(1, otherProducer.Number);
    }

    [SkippableFact]
    public async Task An_invalid_draft_is_refused_before_numbering_and_leaves_nothing_behind()
    {
        await using var harness = new InvoicingHarness(await database.OptionsAsync());
        var producer = Drafts.NewProducer();
        var withCounterpart = Drafts.Receipt(producer) with { Counterpart = Drafts.Business };
        var badAfm = Drafts.SalesInvoice(producer) with { Counterpart = Drafts.Business with { Afm = "123456789" } };

        var refused = await Assert.ThrowsAsync<InvalidInvoiceException>(() => harness.IssueAsync(withCounterpart));
        Assert.Equal([InvoiceViolations.CounterpartNotAllowed], refused.Violations.Select(v => v.Code));
        Assert.Equal([InvoiceViolations.CounterpartAfm], (await Assert.ThrowsAsync<InvalidInvoiceException>(() => harness.IssueAsync(badAfm))).Violations.Select(v => v.Code));

        await using var db = new DixisDbContext(await database.OptionsAsync());
        Assert.False(await db.Invoices.AnyAsync(i => i.IssuerAfm == producer.Afm));
        Assert.Equal(1, (await harness.IssueAsync(Drafts.Receipt(producer))).Number);
    }

    [SkippableFact]
    public async Task An_issued_receipt_is_stored_with_athens_date_lines_totals_pdf_and_a_queued_transmission()
    {
        await using var harness = new InvoicingHarness(await database.OptionsAsync());
        var draft = Drafts.Receipt(Drafts.NewProducer()) with { ProducerId = Guid.NewGuid(), CheckoutId = Guid.NewGuid() };

        var issued = await harness.IssueAsync(draft);

        Assert.Equal(AthensTime.Today(TimeProvider.System), issued.IssueDate);
        Assert.Equal(new Money(57.40m), issued.TotalGross);
        await using var db = new DixisDbContext(await database.OptionsAsync());
        var invoice = await db.Invoices.AsNoTracking().Include(i => i.Items).SingleAsync(i => i.Id == issued.Id);
        Assert.Equal((InvoiceType.RetailReceipt, InvoiceStatus.Pending, 49.91m, 7.49m, 57.40m), (invoice.Type, invoice.Status, invoice.TotalNet, invoice.TotalVat, invoice.TotalGross));
        Assert.Equal((draft.BuyerUserId, draft.OrderId, draft.ProducerId, draft.CheckoutId), (invoice.BuyerUserId, invoice.OrderId, invoice.ProducerId, invoice.CheckoutId));
        Assert.Equal(["Θυμαρίσιο μέλι 450 g", "Κρασί λευκό 750 ml", "Μεταφορικά"], invoice.Items.OrderBy(l => l.LineNumber).Select(l => l.Description));
        Assert.Equal("ΔΟΥ Μυτιλήνης", invoice.IssuerTaxOffice);
        Assert.Null(invoice.Mark);
        Assert.Equal(InvoicePdfs.KeyFor(invoice.Id, invoice.IssueDate), invoice.PdfBlobKey);
        await using var blob = await harness.Services.GetRequiredService<IBlobStorage>().GetAsync(invoice.PdfBlobKey!);
        Assert.Equal(("application/pdf", true), (blob!.ContentType, blob.Length > 10_000));
        Assert.Contains(issued.Id, harness.QueuedTransmissions());
    }

    [SkippableFact]
    public async Task A_commission_invoice_from_dixis_to_a_producer_uses_the_same_machinery()
    {
        var platform = new PlatformOptions { LegalName = "Dixis ΙΚΕ", Afm = Drafts.RandomAfm(), TaxOffice = "ΔΟΥ Α' Αθηνών", Street = "Πανεπιστημίου 1", City = "Αθήνα", PostalCode = "10564" };
        await using var harness = new InvoicingHarness(await database.OptionsAsync(), new Dictionary<string, string?>
        {
            ["Platform:LegalName"] = platform.LegalName,
            ["Platform:Afm"] = platform.Afm,
            ["Platform:TaxOffice"] = platform.TaxOffice,
            ["Platform:Street"] = platform.Street,
            ["Platform:City"] = platform.City,
            ["Platform:PostalCode"] = platform.PostalCode,
        });
        var producer = Drafts.NewProducer();
        var type = InvoiceType.ServiceInvoice;
        var commission = new InvoiceDraft(harness.Services.GetRequiredService<PlatformOptions>().ToParty(), producer, type, InvoiceSeries.DefaultFor(type),
            [InvoiceLine.FromNet("Προμήθεια πωλήσεων Μαρτίου 2026 (8% επί 1.250,00 €)", 1m, MeasurementUnit.None, new Money(100m), VatCategory.Standard24, IncomeClassification.ForServices(type))],
            PaymentMethod.OnCredit)
        { ProducerId = Guid.NewGuid(), SettlementId = Guid.NewGuid() };

        var issued = await harness.IssueAsync(commission);

        Assert.Equal((InvoiceType.ServiceInvoice, "ΤΠΥ", 1L, new Money(124m)), (issued.Type, issued.Series, issued.Number, issued.TotalGross));
        await using var db = new DixisDbContext(await database.OptionsAsync());
        var stored = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == issued.Id);
        Assert.Equal((platform.Afm, producer.Afm, commission.SettlementId), (stored.IssuerAfm, stored.CounterpartAfm, stored.SettlementId));

        // Without the Platform settings Dixis has no valid AFM, so no commission invoice can be issued.
        var unconfigured = commission with { Issuer = new PlatformOptions().ToParty() };
        Assert.Contains(InvoiceViolations.IssuerAfm, (await Assert.ThrowsAsync<InvalidInvoiceException>(() => harness.IssueAsync(unconfigured))).Violations.Select(v => v.Code));
    }

    [SkippableFact]
    public async Task A_second_receipt_for_an_order_is_refused_by_the_database_and_gives_its_number_back_while_credit_notes_stay_possible()
    {
        await using var harness = new InvoicingHarness(await database.OptionsAsync());
        var producer = Drafts.NewProducer();
        var orderId = Guid.NewGuid();
        var first = await harness.IssueAsync(Drafts.Receipt(producer) with { OrderId = orderId });

        // Straight to the issuer, past the job's own check: only the unique index stops these.
        var again = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => harness.IssueAsync(Drafts.Receipt(producer) with { OrderId = orderId }))));
        Assert.All(again, a => Assert.Equal((first.Id, 1L), (a.Id, a.Number)));
        Assert.Equal(2, (await harness.IssueAsync(Drafts.Receipt(producer))).Number); // the refused ones kept no number
        Assert.Single(harness.QueuedTransmissions(), id => id == first.Id);

        await using var scope = harness.Scope();
        var issuer = scope.ServiceProvider.GetRequiredService<InvoiceIssuer>();
        var credits = new[]
        {
            await harness.IssueAsync(await issuer.CreditNoteDraftAsync(first.Id, new Money(1m))),
            await harness.IssueAsync(await issuer.CreditNoteDraftAsync(first.Id, new Money(2m))),
        };
        Assert.Equal([1L, 2L], credits.Select(c => c.Number));
        await using var db = new DixisDbContext(await database.OptionsAsync());
        Assert.Equal(3, await db.Invoices.CountAsync(i => i.OrderId == orderId));
    }

    [SkippableFact]
    public async Task Refunds_produce_credit_notes_of_the_right_type_up_to_the_original_total()
    {
        await using var harness = new InvoicingHarness(await database.OptionsAsync());
        var producer = Drafts.NewProducer();
        var receipt = await harness.IssueAsync(Drafts.Receipt(producer));
        var invoice = await harness.IssueAsync(Drafts.SalesInvoice(producer));
        await using var scope = harness.Scope();
        var issuer = scope.ServiceProvider.GetRequiredService<InvoiceIssuer>();

        var retailCredit = await issuer.CreditNoteDraftAsync(receipt.Id, new Money(10m));
        var firstCredit = await harness.IssueAsync(retailCredit);
        var invoiceCredit = await harness.IssueAsync(await issuer.CreditNoteDraftAsync(invoice.Id, invoice.TotalGross));

        Assert.Equal((InvoiceType.RetailCreditNote, "ΠΣΛ", 1L, new Money(10m)), (firstCredit.Type, firstCredit.Series, firstCredit.Number, firstCredit.TotalGross));
        Assert.Equal((InvoiceType.CreditNote, invoice.TotalGross), (invoiceCredit.Type, invoiceCredit.TotalGross));
        Assert.Equal(receipt.Id, retailCredit.CorrectsInvoiceId);
        Assert.NotNull(retailCredit.BuyerUserId);
        Assert.NotNull(retailCredit.OrderId);
        await using var db = new DixisDbContext(await database.OptionsAsync());
        Assert.Equal(receipt.Id, await db.Invoices.Where(i => i.Id == firstCredit.Id).Select(i => i.CorrectedInvoiceId).SingleAsync());

        // 10.00 of 57.40 is credited: 47.40 is left, not more.
        var tooMuch = await Assert.ThrowsAsync<InvalidInvoiceException>(() => issuer.CreditNoteDraftAsync(receipt.Id, new Money(47.41m)));
        Assert.Equal([InvoiceIssuer.CreditExceedsOriginal], tooMuch.Violations.Select(v => v.Code));
        var exceeding = retailCredit with { Lines = CreditNoteLines.For(InvoiceDocument.Create(producer, null, InvoiceType.RetailReceipt, "ΑΛΠ", 1, receipt.IssueDate, Drafts.Receipt(producer).Lines, PaymentMethod.Pos), new Money(50m), Money.Zero) };
        Assert.Equal([InvoiceIssuer.CreditExceedsOriginal], (await Assert.ThrowsAsync<InvalidInvoiceException>(() => harness.IssueAsync(exceeding))).Violations.Select(v => v.Code));
        Assert.Equal(47.40m, (await harness.IssueAsync(await issuer.CreditNoteDraftAsync(receipt.Id, new Money(47.40m)))).TotalGross.Amount);
        await Assert.ThrowsAsync<InvalidInvoiceException>(() => issuer.CreditNoteDraftAsync(firstCredit.Id, new Money(1m)));
        await Assert.ThrowsAsync<InvalidInvoiceException>(() => issuer.CreditNoteDraftAsync(Guid.NewGuid(), new Money(1m)));
    }
}

public sealed class SqliteInvoiceIssuingTests(SqliteDatabaseFixture database, ITestOutputHelper output)
    : InvoiceIssuingTests(database, output), IClassFixture<SqliteDatabaseFixture>;

public sealed class MariaDbInvoiceIssuingTests(MariaDbDatabaseFixture database, ITestOutputHelper output)
    : InvoiceIssuingTests(database, output), IClassFixture<MariaDbDatabaseFixture>;
