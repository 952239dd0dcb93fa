using System.Xml.Linq;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Invoicing;
using Dixis.Infrastructure.Invoicing;
using Dixis.Infrastructure.Invoicing.MyData;
using Dixis.Infrastructure.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Dixis.Infrastructure.Tests.Invoicing;

/// <summary>
/// The transmission job and the SendInvoices client against a local server answering as myDATA does: what we send
/// (headers, body) and what we make of each answer (success, validation error, HTTP 500 then success).
/// </summary>
public abstract class TransmitInvoiceJobTests(DatabaseFixture database) : IAsyncLifetime
{
    private static readonly XNamespace Inv = "http://www.aade.gr/myDATA/invoice/v1.0";
    private FakeMyDataServer _aade = null!;

    public async Task InitializeAsync() => _aade = await FakeMyDataServer.StartAsync();

    public async Task DisposeAsync() => await _aade.DisposeAsync();

    [SkippableFact]
    public async Task An_accepted_document_gets_its_mark_uid_and_qr_and_a_pdf_that_shows_them()
    {
        await using var harness = await HarnessAsync();
        var issued = await harness.IssueAsync(Drafts.Receipt(Drafts.NewProducer()));
        _aade.AnswerSuccess(400001234567891, qrUrl: "https://mydataapidev.aade.gr/TimologioQR/QRInfo?q=ok");

        await harness.TransmitAsync(issued.Id);

        var request = Assert.Single(_aade.Requests);
        Assert.Equal((FakeMyDataServer.UserId, FakeMyDataServer.SubscriptionKey), (request.UserId, request.SubscriptionKey));
        Assert.StartsWith("application/xml", request.ContentType, StringComparison.Ordinal);
        var sent = XDocument.Parse(request.Body).Root!.Element(Inv + "invoice")!;
        Assert.Equal(("ΑΛΠ", issued.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), "11.1"),
            (sent.Element(Inv + "invoiceHeader")!.Element(Inv + "series")!.Value, sent.Element(Inv + "invoiceHeader")!.Element(Inv + "aa")!.Value, sent.Element(Inv + "invoiceHeader")!.Element(Inv + "invoiceType")!.Value));
        var invoice = await LoadAsync(issued.Id);
        Assert.Equal((InvoiceStatus.Transmitted, 400001234567891L, "https://mydataapidev.aade.gr/TimologioQR/QRInfo?q=ok", 1, (string?)null),
            (invoice.Status, invoice.Mark, invoice.QrUrl, invoice.TransmissionAttempts, invoice.LastError));
        Assert.NotNull(invoice.Uid);
        Assert.NotNull(invoice.TransmittedAt);
        Assert.NotNull(invoice.PdfBlobKey);
        await using var scope = harness.Scope();
        var pdf = await scope.ServiceProvider.GetRequiredService<InvoicePdfs>().GetAsync(issued.Id, CancellationToken.None);
        using var document = PdfDocument.Open(pdf!);
        Assert.Contains("ΜΑΡΚ: 400001234567891", document.GetPage(1).Text, StringComparison.Ordinal);

        // Running the job again (a retry, a second worker) sends nothing more.
        await harness.TransmitAsync(issued.Id);
        Assert.Single(_aade.Requests);
    }

    [SkippableFact]
    public async Task A_validation_error_rejects_the_document_without_retry()
    {
        await using var harness = await HarnessAsync();
        var issued = await harness.IssueAsync(Drafts.SalesInvoice(Drafts.NewProducer()));
        _aade.AnswerValidationError("102", "Vat number 094014201 does not belong to active corporation");

        await harness.TransmitAsync(issued.Id);
        await harness.TransmitAsync(issued.Id);

        Assert.Single(_aade.Requests);
        var invoice = await LoadAsync(issued.Id);
        Assert.Equal(InvoiceStatus.Rejected, invoice.Status);
        Assert.Contains("ValidationError: 102: Vat number 094014201 does not belong to active corporation", invoice.LastError, StringComparison.Ordinal);
        Assert.Null(invoice.Mark);
    }

    [SkippableFact]
    public async Task An_http_500_fails_the_attempt_so_hangfire_retries_and_the_retry_succeeds()
    {
        await using var harness = await HarnessAsync();
        var issued = await harness.IssueAsync(Drafts.Receipt(Drafts.NewProducer()));
        _aade.Answer(500, "<html>Internal Server Error</html>");

        await Assert.ThrowsAsync<MyDataUnavailableException>(() => harness.TransmitAsync(issued.Id));
        var failed = await LoadAsync(issued.Id);
        Assert.Equal((InvoiceStatus.Failed, 1, "myDATA answered HTTP 500."), (failed.Status, failed.TransmissionAttempts, failed.LastError));
        Assert.Null(failed.TransmissionClaimedUntil);

        _aade.AnswerSuccess(400001234567892);
        await harness.TransmitAsync(issued.Id);

        var transmitted = await LoadAsync(issued.Id);
        Assert.Equal((InvoiceStatus.Transmitted, 2, 400001234567892L), (transmitted.Status, transmitted.TransmissionAttempts, transmitted.Mark));
        Assert.Equal(2, _aade.Requests.Count);
    }

    [SkippableFact]
    public async Task A_technical_error_in_the_response_is_retried()
    {
        await using var harness = await HarnessAsync();
        var issued = await harness.IssueAsync(Drafts.Receipt(Drafts.NewProducer()));
        _aade.Answer(200, "<ResponseDoc><response><index>1</index><errors><error><message>Database timeout</message><code>-1</code></error></errors><statusCode>TechnicalError</statusCode></response></ResponseDoc>");

        var e = await Assert.ThrowsAsync<MyDataUnavailableException>(() => harness.TransmitAsync(issued.Id));

        Assert.Contains("TechnicalError", e.Message, StringComparison.Ordinal);
        Assert.Equal(InvoiceStatus.Failed, (await LoadAsync(issued.Id)).Status);
    }

    [SkippableFact]
    public async Task Wrong_credentials_are_a_retryable_failure()
    {
        await using var harness = await HarnessAsync(subscriptionKey: "not-the-key");
        var issued = await harness.IssueAsync(Drafts.Receipt(Drafts.NewProducer()));

        await Assert.ThrowsAsync<MyDataUnavailableException>(() => harness.TransmitAsync(issued.Id));

        Assert.Equal("not-the-key", Assert.Single(_aade.Requests).SubscriptionKey);
        Assert.Equal((InvoiceStatus.Failed, "myDATA answered HTTP 401."), ((await LoadAsync(issued.Id)).Status, (await LoadAsync(issued.Id)).LastError));
    }

    [SkippableFact]
    public async Task Without_credentials_documents_stay_pending_and_nothing_is_sent()
    {
        await using var harness = new InvoicingHarness(await database.OptionsAsync(), new Dictionary<string, string?> { ["MyData:BaseUrl"] = _aade.BaseUrl });
        var issued = await harness.IssueAsync(Drafts.Receipt(Drafts.NewProducer()));

        await harness.TransmitAsync(issued.Id);
        await using var scope = harness.Scope();
        var swept = await scope.ServiceProvider.GetRequiredService<TransmitPendingInvoicesJob>().RunAsync(CancellationToken.None);

        Assert.Empty(_aade.Requests);
        Assert.Equal(0, swept);
        Assert.Equal((InvoiceStatus.Pending, 0), ((await LoadAsync(issued.Id)).Status, (await LoadAsync(issued.Id)).TransmissionAttempts));
    }

    [SkippableFact]
    public async Task A_credit_note_waits_for_the_mark_of_the_invoice_it_corrects_and_is_correlated_to_it()
    {
        await using var harness = await HarnessAsync();
        var invoice = await harness.IssueAsync(Drafts.SalesInvoice(Drafts.NewProducer()));
        InvoiceDraft creditDraft;
        await using (var scope = harness.Scope())
        {
            creditDraft = await scope.ServiceProvider.GetRequiredService<InvoiceIssuer>().CreditNoteDraftAsync(invoice.Id, new Dixis.Domain.Pricing.Money(20m));
        }

        var credit = await harness.IssueAsync(creditDraft);

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.TransmitAsync(credit.Id));
        Assert.Empty(_aade.Requests);
        Assert.Equal(InvoiceStatus.Failed, (await LoadAsync(credit.Id)).Status);

        _aade.AnswerSuccess(400001234567893);
        await harness.TransmitAsync(invoice.Id);
        _aade.AnswerSuccess(400001234567894);
        await harness.TransmitAsync(credit.Id);

        var sent = XDocument.Parse(_aade.Requests.Last().Body).Root!.Element(Inv + "invoice")!.Element(Inv + "invoiceHeader")!;
        Assert.Equal(("5.1", "400001234567893"), (sent.Element(Inv + "invoiceType")!.Value, sent.Element(Inv + "correlatedInvoices")!.Value));
        Assert.Equal(InvoiceStatus.Transmitted, (await LoadAsync(credit.Id)).Status);
    }

    [SkippableFact]
    public async Task Responses_with_several_documents_and_errors_are_read_by_index()
    {
        var responses = MyDataClient.Parse("""
            <ResponseDoc>
              <response><index>2</index><errors><error><message>Wrong VAT amount</message><code>203</code></error><error><message>Series too long</message><code>211</code></error></errors><statusCode>ValidationError</statusCode></response>
              <response><index>1</index><invoiceUid>ABC</invoiceUid><invoiceMark>400000000000001</invoiceMark><qrUrl>https://example.invalid/qr</qrUrl><statusCode>Success</statusCode></response>
            </ResponseDoc>
            """);

        Assert.Equal([2, 1], responses.Select(r => r.Index));
        Assert.True(responses[0].Refused);
        Assert.Equal(["203: Wrong VAT amount", "211: Series too long"], responses[0].Errors.Select(e => e.ToString()));
        Assert.True(responses[1].Accepted);
        Assert.Equal(("ABC", 400000000000001L), (responses[1].InvoiceUid, responses[1].InvoiceMark));
        Assert.Throws<MyDataUnavailableException>(() => MyDataClient.Parse("<html/>"));
        Assert.Throws<MyDataUnavailableException>(() => MyDataClient.Parse("not xml"));
    }

    private async Task<InvoicingHarness> HarnessAsync(string? subscriptionKey = null) =>
        new(await database.OptionsAsync(), new Dictionary<string, string?>
        {
            ["MyData:BaseUrl"] = _aade.BaseUrl,
            ["MyData:UserId"] = FakeMyDataServer.UserId,
            ["MyData:SubscriptionKey"] = subscriptionKey ?? FakeMyDataServer.SubscriptionKey,
        });

    private async Task<Invoice> LoadAsync(Guid id)
    {
        await using var db = new DixisDbContext(await database.OptionsAsync());
        return await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == id);
    }
}

public sealed class SqliteTransmitInvoiceJobTests(SqliteDatabaseFixture database) : TransmitInvoiceJobTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class MariaDbTransmitInvoiceJobTests(MariaDbDatabaseFixture database) : TransmitInvoiceJobTests(database), IClassFixture<MariaDbDatabaseFixture>;
