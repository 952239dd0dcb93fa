using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Domain.Payments;
using Dixis.Infrastructure.Data.Payments;
using Dixis.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Payments;

/// <summary>
/// Viva Wallet Smart Checkout against <see cref="FakeViva"/>, a local server that answers as Viva's documented
/// API does: what Dixis sends (credentials, tokens, cents, source code), the key handshake, webhooks verified with
/// the transaction API, returns, refunds, and failure-then-retry without a double charge.
/// </summary>
public abstract class VivaPaymentTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : PaymentsFixture
{
    protected TFixture Fixture { get; } = fixture;

    private FakeViva Viva => Fixture.Viva!;

    private async Task<(PaymentView Payment, long OrderCode)> StartAsync(Guid group, long cents = 4_250)
    {
        var started = await Fixture.StartAsync(group, cents);
        Assert.True(started.Status == PaymentCommandStatus.Done, $"{started.Status} {started.ErrorCode}");
        var orderCode = long.Parse((await Fixture.PaymentAsync(started.Payment!.Id)).ProviderOrderCode!, CultureInfo.InvariantCulture);
        return (started.Payment, orderCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string json)
    {
        using var client = Fixture.Client();
        return await client.PostAsync("/api/v1/payments/webhooks/viva", new StringContent(json, Encoding.UTF8, "application/json"));
    }

    [SkippableFact]
    public async Task The_key_handshake_answers_the_key_Viva_gives_for_the_merchant()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var response = await client.GetAsync("/api/v1/payments/webhooks/viva");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{{\"Key\":\"{FakeViva.WebhookKey}\"}}", await response.Content.ReadAsStringAsync());
        var call = Assert.Single(Viva.Calls("GET", "/api/messages/config/token"));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeViva.MerchantId}:{FakeViva.ApiKey}")), call.Authorization);

        // The key is static per merchant: asked once.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/payments/webhooks/viva")).StatusCode);
        Assert.Single(Viva.Calls("GET", "/api/messages/config/token"));
    }

    [SkippableFact]
    public async Task Start_opens_a_Smart_Checkout_order_as_Viva_documents_it()
    {
        Fixture.EnsureAvailable();
        var (payment, orderCode) = await StartAsync(Guid.NewGuid(), 1_234);
        Assert.Equal($"{Viva.BaseUrl}/web/checkout?ref={orderCode}", payment.RedirectUrl);

        var token = Viva.Calls("POST", "/connect/token").First();
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeViva.ClientId}:{FakeViva.ClientSecret}")), token.Authorization);
        Assert.Equal("grant_type=client_credentials", token.Body);

        var order = Viva.Orders[orderCode];
        Assert.Equal((1_234L, FakeViva.SourceCode, "Dixis – παραγγελία δοκιμής", payment.Id.ToString("N")), (order.AmountCents, order.SourceCode, order.CustomerTrns, order.MerchantTrns));
        Assert.Equal(JsonValueKind.Number, order.Body.GetProperty("amount").ValueKind);
        Assert.Equal(1800, order.Body.GetProperty("paymentTimeout").GetInt32());
        Assert.Equal("el-GR", order.Body.GetProperty("customer").GetProperty("requestLang").GetString());
        Assert.False(order.Body.GetProperty("customer").TryGetProperty("email", out _));
        Assert.StartsWith("Bearer tok-", Viva.Calls("POST", "/checkout/v2/orders").Last().Authorization);

        // The token is reused until it expires; a revoked one is replaced once.
        var issued = Viva.TokensIssued;
        await StartAsync(Guid.NewGuid());
        Assert.Equal(issued, Viva.TokensIssued);
        Viva.RevokeTokens();
        await StartAsync(Guid.NewGuid());
        Assert.Equal(issued + 1, Viva.TokensIssued);
    }

    [SkippableFact]
    public async Task A_payment_webhook_is_verified_with_Viva_before_the_payment_is_captured()
    {
        Fixture.EnsureAvailable();
        var group = Guid.NewGuid();
        var (payment, orderCode) = await StartAsync(group);
        var transaction = Viva.Pay(orderCode);

        var response = await PostAsync(FakeViva.Envelope(1796, transaction, orderCode, 42.50m));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PaymentEventOutcomes.Applied, await response.OutcomeAsync());
        Assert.Contains(Viva.Calls("GET", $"/checkout/v2/transactions/{transaction}"), c => c.Authorization!.StartsWith("Bearer ", StringComparison.Ordinal));

        var stored = await Fixture.PaymentAsync(payment.Id);
        Assert.Equal((PaymentState.Captured, 4_250L, transaction.ToString()), (stored.State, stored.CapturedCents, stored.ProviderTransactionId));
        Assert.Equal(["captured"], Fixture.Outcomes.Calls(group));
        var row = Assert.Single(await Fixture.EventsAsync(payment.Id));
        Assert.Equal((orderCode.ToString(CultureInfo.InvariantCulture), transaction.ToString(), 4_250L), (row.OrderCode, row.TransactionId, row.AmountCents!.Value));
    }

    [SkippableFact]
    public async Task Duplicate_tampered_unknown_and_malformed_Viva_events_change_nothing()
    {
        Fixture.EnsureAvailable();
        var group = Guid.NewGuid();
        var (payment, orderCode) = await StartAsync(group);

        // Viva took a different amount than the order's: the webhook's own claim is not believed.
        var cheap = Viva.Pay(orderCode, 100);
        Assert.Equal(PaymentEventOutcomes.Tampered, await (await PostAsync(FakeViva.Envelope(1796, cheap, orderCode, 42.50m))).OutcomeAsync());
        // The webhook names a transaction of another order.
        var (_, otherOrder) = await StartAsync(Guid.NewGuid());
        var foreign = Viva.Pay(otherOrder);
        Assert.Equal(PaymentEventOutcomes.Tampered, await (await PostAsync(FakeViva.Envelope(1796, foreign, orderCode, 42.50m))).OutcomeAsync());
        // A transaction Viva does not know.
        Assert.Equal(PaymentEventOutcomes.Tampered, await (await PostAsync(FakeViva.Envelope(1796, Guid.NewGuid(), orderCode, 42.50m))).OutcomeAsync());
        // The amount in the webhook is not the payment's.
        var real = Viva.Pay(orderCode);
        Assert.Equal(PaymentEventOutcomes.Tampered, await (await PostAsync(FakeViva.Envelope(1796, real, orderCode, 4.25m))).OutcomeAsync());
        Assert.Equal(PaymentState.Pending, (await Fixture.PaymentAsync(payment.Id)).State);

        // An order Dixis never created.
        Assert.Equal(PaymentEventOutcomes.UnknownOrder, await (await PostAsync(FakeViva.Envelope(1796, real, 1_111_111_111_111_111, 42.50m))).OutcomeAsync());
        // Not Viva's format.
        await (await PostAsync("{\"EventTypeId\":1796,\"MessageId\":\"cmd:refund:x\"}")).AssertProblem(400);
        await (await PostAsync("[1,2,3]")).AssertProblem(400);

        // The real one, then the same delivery again.
        var body = FakeViva.Envelope(1796, real, orderCode, 42.50m);
        Assert.Equal(PaymentEventOutcomes.Applied, await (await PostAsync(body)).OutcomeAsync());
        Assert.Equal(PaymentEventOutcomes.Replay, await (await PostAsync(body)).OutcomeAsync());
        // The same capture under a new message id is known too.
        Assert.Equal(PaymentEventOutcomes.AlreadyApplied, await (await PostAsync(FakeViva.Envelope(1796, real, orderCode, 42.50m))).OutcomeAsync());

        Assert.Equal(PaymentState.Captured, (await Fixture.PaymentAsync(payment.Id)).State);
        Assert.Equal(["captured"], Fixture.Outcomes.Calls(group));
    }

    [SkippableFact]
    public async Task A_failed_payment_then_a_retry_never_charges_twice()
    {
        Fixture.EnsureAvailable();
        using var metrics = new MetricCapture(Fixture);
        var group = Guid.NewGuid();
        var (first, firstOrder) = await StartAsync(group);
        var declined = Viva.Decline(firstOrder);
        Assert.Equal(PaymentEventOutcomes.Applied, await (await PostAsync(FakeViva.Envelope(1798, declined, firstOrder, 42.50m))).OutcomeAsync());
        Assert.Equal((PaymentState.Failed, PaymentReasons.Declined), ((await Fixture.PaymentAsync(first.Id)).State, (await Fixture.PaymentAsync(first.Id)).Reason));

        var (second, secondOrder) = await StartAsync(group);
        var paid = Viva.Pay(secondOrder);
        Assert.Equal(PaymentEventOutcomes.Applied, await (await PostAsync(FakeViva.Envelope(1796, paid, secondOrder, 42.50m))).OutcomeAsync());
        Assert.Equal(PaymentCommandStatus.AlreadyPaid, (await Fixture.StartAsync(group, 4_250)).Status);
        Assert.Equal(["failed", "captured"], Fixture.Outcomes.Calls(group));

        // The person tried again on the first order's page, which Viva still accepted: a second charge for a paid
        // checkout. It is applied (money moved), refunded in full at once, and never reported as a capture.
        var late = Viva.Pay(firstOrder);
        Assert.Equal(PaymentEventOutcomes.Applied, await (await PostAsync(FakeViva.Envelope(1796, late, firstOrder, 42.50m))).OutcomeAsync());
        var refund = Assert.Single(Viva.Calls("DELETE", $"/api/transactions/{late}"));
        Assert.Equal($"/api/transactions/{late}?amount=4250&sourceCode={FakeViva.SourceCode}", refund.PathAndQuery);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeViva.MerchantId}:{FakeViva.ApiKey}")), refund.Authorization);
        var duplicate = await Fixture.PaymentAsync(first.Id);
        Assert.Equal((PaymentState.Refunded, true, 4_250L), (duplicate.State, duplicate.DuplicateCapture, duplicate.RefundedCents));
        var view = await Fixture.PaymentsAsync(s => s.GetGroupAsync(group));
        Assert.Equal(second.Id, view.PaidBy);
        Assert.Equal(["failed", "captured"], Fixture.Outcomes.Calls(group));
        Assert.Empty(Viva.Calls("DELETE", $"/api/transactions/{paid}"));

        Assert.Equal((1L, 1L, 1L), (metrics.Sum("dixis.payments", ("provider", "viva"), ("outcome", "declined")),
            metrics.Sum("dixis.payments", ("provider", "viva"), ("outcome", "succeeded")), metrics.Sum("dixis.payments", ("provider", "viva"), ("outcome", "duplicate"))));
        Assert.Equal(1, metrics.Sum("dixis.payments.refunds", ("provider", "viva"), ("kind", "full")));
    }

    [SkippableFact]
    public async Task Refunds_go_to_Viva_in_cents_and_the_reversal_webhook_is_not_counted_twice()
    {
        Fixture.EnsureAvailable();
        var group = Guid.NewGuid();
        var (payment, orderCode) = await StartAsync(group, 10_000);
        var paid = Viva.Pay(orderCode);
        await PostAsync(FakeViva.Envelope(1796, paid, orderCode, 100m));

        var partial = await Fixture.PaymentsAsync(s => s.RefundAsync(group, 2_550, "credit-note-7"));
        Assert.Equal((PaymentCommandStatus.Done, PaymentState.PartiallyRefunded), (partial.Status, partial.Payment!.State));
        Assert.Equal($"/api/transactions/{paid}?amount=2550&sourceCode={FakeViva.SourceCode}", Assert.Single(Viva.Calls("DELETE", $"/api/transactions/{paid}")).PathAndQuery);
        var refundTransaction = Viva.Transactions.Values.Single(t => t.ParentId == paid).Id;

        // Viva then reports the reversal it made for us.
        Assert.Equal(PaymentEventOutcomes.AlreadyApplied,
            await (await PostAsync(FakeViva.Envelope(1797, refundTransaction, orderCode, 25.50m, parentId: paid))).OutcomeAsync());
        // A reversal naming the payment's own transaction is not a refund.
        Assert.Equal(PaymentEventOutcomes.Tampered, await (await PostAsync(FakeViva.Envelope(1797, paid, orderCode, 100m))).OutcomeAsync());
        Assert.Equal(2_550, (await Fixture.PaymentAsync(payment.Id)).RefundedCents);

        // A refund made in Viva's banking app reaches Dixis only by webhook, and counts once.
        var byHand = Guid.NewGuid();
        Viva.Transactions[byHand] = new FakeViva.Transaction(byHand, orderCode, 450, "F", paid);
        Assert.Equal(PaymentEventOutcomes.Applied, await (await PostAsync(FakeViva.Envelope(1797, byHand, orderCode, 4.50m, parentId: paid))).OutcomeAsync());
        Assert.Equal(PaymentEventOutcomes.AlreadyApplied, await (await PostAsync(FakeViva.Envelope(1797, byHand, orderCode, 4.50m, parentId: paid))).OutcomeAsync());

        var rest = await Fixture.PaymentsAsync(s => s.RefundAsync(group, 7_000, "credit-note-8"));
        Assert.Equal((PaymentCommandStatus.Done, PaymentState.Refunded, 10_000L), (rest.Status, rest.Payment!.State, rest.Payment.RefundedCents));
        Assert.Equal(["captured", "refunded", "refunded", "refunded"], Fixture.Outcomes.Calls(group));
        Assert.Equal([2_550L, 450L, 7_000L], Fixture.Outcomes.For(group).Where(c => c.Call == "refunded").Select(c => c.Outcome.ChangeCents));
    }

    [SkippableFact]
    public async Task When_Viva_cannot_be_reached_nothing_is_charged_and_pending_events_are_applied_later()
    {
        Fixture.EnsureAvailable();
        var group = Guid.NewGuid();
        var (payment, orderCode) = await StartAsync(group);
        var paid = Viva.Pay(orderCode);
        Viva.Down = true;
        try
        {
            var failedStart = await Fixture.StartAsync(Guid.NewGuid(), 1_000);
            Assert.Equal((PaymentCommandStatus.ProviderUnavailable, "payment.provider-unavailable"), (failedStart.Status, failedStart.ErrorCode));
            Assert.Equal((PaymentState.Failed, PaymentReasons.ProviderUnavailable), (failedStart.Payment!.State, failedStart.Payment.Reason));

            Assert.Equal(PaymentEventOutcomes.Pending, await (await PostAsync(FakeViva.Envelope(1796, paid, orderCode, 42.50m))).OutcomeAsync());
            Assert.Equal(PaymentState.Pending, (await Fixture.PaymentAsync(payment.Id)).State);
            using var client = Fixture.Client();
            var health = await client.GetAsync("/api/v1/payment/health");
            var viva = (await health.Json()).GetProperty("providers").EnumerateArray().First();
            Assert.True(viva.GetProperty("webhooksAwaiting").GetInt32() >= 1);
        }
        finally
        {
            Viva.Down = false;
        }

        // The reconciliation job picks up what waited longer than its grace period.
        var earlier = DateTimeOffset.UtcNow.AddMinutes(-5);
        var code = orderCode.ToString(CultureInfo.InvariantCulture);
        await Fixture.DbAsync(db => db.PaymentEvents.Where(e => e.OrderCode == code && e.Outcome == PaymentEventOutcomes.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ReceivedAt, earlier)));
        await using (var scope = Fixture.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<PaymentReconciliationJob>().RunAsync(CancellationToken.None);
        }

        Assert.Equal(PaymentState.Captured, (await Fixture.PaymentAsync(payment.Id)).State);
        Assert.Equal(["captured"], Fixture.Outcomes.Calls(group));
        var row = (await Fixture.EventsAsync(payment.Id)).Single(e => e.Kind == "captured");
        Assert.Equal((PaymentEventOutcomes.Applied, 2), (row.Outcome, row.Attempts));
    }

    [SkippableFact]
    public async Task The_return_from_Smart_Checkout_verifies_and_sends_the_person_back()
    {
        Fixture.EnsureAvailable();
        var group = Guid.NewGuid();
        var (payment, orderCode) = await StartAsync(group);
        var paid = Viva.Pay(orderCode);
        using var browser = Fixture.Client();

        var url = $"/api/v1/payments/return/viva/success?t={paid}&s={orderCode}&lang=el-GR&eventId=0&eci=1";
        var back = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal($"{PaymentTestKit.ReturnPath}?payment={payment.Id}&result=success", back.Headers.Location?.OriginalString);
        Assert.Equal(PaymentState.Captured, (await Fixture.PaymentAsync(payment.Id)).State);

        // A reload and the webhook that follows change nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync(url)).StatusCode);
        Assert.Equal(PaymentEventOutcomes.AlreadyApplied, await (await PostAsync(FakeViva.Envelope(1796, paid, orderCode, 42.50m))).OutcomeAsync());
        Assert.Equal(["captured"], Fixture.Outcomes.Calls(group));

        // A forged success URL for an unpaid order does not pay it.
        var (unpaid, unpaidOrder) = await StartAsync(Guid.NewGuid());
        var forged = await browser.GetAsync($"/api/v1/payments/return/viva/success?t={Guid.NewGuid()}&s={unpaidOrder}");
        Assert.Equal($"{PaymentTestKit.ReturnPath}?payment={unpaid.Id}&result=pending", forged.Headers.Location?.OriginalString);
        Assert.Equal(PaymentState.Pending, (await Fixture.PaymentAsync(unpaid.Id)).State);
        var failure = await browser.GetAsync($"/api/v1/payments/return/viva/failure?s={unpaidOrder}");
        Assert.Equal($"{PaymentTestKit.ReturnPath}?payment={unpaid.Id}&result=failed", failure.Headers.Location?.OriginalString);
        await (await browser.GetAsync("/api/v1/payments/return/viva/success?s=999")).AssertProblem(404);
        await (await browser.GetAsync("/api/v1/payments/return/viva/success?s=abc")).AssertProblem(404);
    }

    [SkippableFact]
    public async Task Payment_health_probes_Viva_and_degrades_when_it_is_down()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        await Fixture.DbAsync(db => db.PaymentProviderProbes.ExecuteDeleteAsync());
        var body = await (await client.GetAsync("/api/v1/payment/health")).Json();
        var viva = body.GetProperty("providers").EnumerateArray().First();
        Assert.Equal(("viva", true), (viva.GetProperty("provider").GetString(), viva.GetProperty("configured").GetBoolean()));
        Assert.True(viva.GetProperty("lastProbe").GetProperty("ok").GetBoolean());

        Viva.Down = true;
        try
        {
            await using var scope = Fixture.Scope();
            await scope.ServiceProvider.GetRequiredService<PaymentHealthReport>().ProbeAllAsync(CancellationToken.None);
            var down = await (await client.GetAsync("/api/v1/payment/health")).Json();
            Assert.Equal("Degraded", down.GetProperty("status").GetString());
            var probe = down.GetProperty("providers").EnumerateArray().First().GetProperty("lastProbe");
            Assert.False(probe.GetProperty("ok").GetBoolean());
            Assert.Contains("HTTP 503", probe.GetProperty("detail").GetString());
        }
        finally
        {
            Viva.Down = false;
        }
    }

    [SkippableFact]
    public async Task The_sandbox_is_off_when_the_gateway_is_Viva()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        await (await client.PostSandboxAsync(PaymentTestKit.SandboxBody("payment.captured", "sbx-x", Guid.NewGuid(), 1))).AssertProblem(404);
        await (await client.GetAsync($"/api/v1/payments/sandbox/{Guid.NewGuid()}")).AssertProblem(404);
    }
}

public sealed class SqliteVivaPaymentTests(SqliteVivaFixture fixture) : VivaPaymentTests<SqliteVivaFixture>(fixture);

public sealed class MariaDbVivaPaymentTests(MariaDbVivaFixture fixture) : VivaPaymentTests<MariaDbVivaFixture>(fixture);
