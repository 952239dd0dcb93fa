using System.Net;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Domain.Payments;
using Dixis.Infrastructure.Data.Payments;
using Dixis.Infrastructure.Payments;
using Dixis.Infrastructure.Payments.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Payments;

/// <summary>
/// Card payments through the sandbox provider, end to end: the hosted page's form posts, the signed webhook it
/// sends, the state machine, the event log, and what orders are told (exactly once per real change).
/// </summary>
public abstract class SandboxPaymentTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : PaymentsFixture
{
    protected TFixture Fixture { get; } = fixture;

    private async Task<PaymentView> StartCardAsync(Guid group, long cents = 4_250, string description = "Dixis – παραγγελία δοκιμής")
    {
        var started = await Fixture.StartAsync(group, cents, description: description);
        Assert.True(started.Status == PaymentCommandStatus.Done, $"{started.Status} {started.ErrorCode}");
        return started.Payment!;
    }

    [SkippableFact]
    public async Task Success_on_the_hosted_page_captures_once_and_returns_to_the_shop()
    {
        Fixture.EnsureAvailable();
        var group = Guid.NewGuid();
        var payment = await StartCardAsync(group, 1_234, "Μέλι & λάδι <Λέσβος>");
        Assert.Equal(PaymentProviders.Sandbox, payment.Provider);
        Assert.Equal(PaymentState.Pending, payment.State);
        Assert.Equal($"/api/v1/payments/sandbox/{payment.Id}", payment.RedirectUrl);

        using var browser = Fixture.Client();
        var page = await browser.GetAsync(payment.RedirectUrl);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"el\">", html);
        Assert.Contains("Δοκιμαστική πληρωμή", html);
        Assert.Contains("12,34 €", html);
        Assert.Contains("Μέλι &amp; λάδι &lt;Λέσβος&gt;", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", html);
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains($"action=\"{payment.Id}/success\"", html);
        Assert.Contains($"action=\"{payment.Id}/decline\"", html);
        Assert.Contains($"action=\"{payment.Id}/cancel\"", html);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/payments/sandbox/page.css")).StatusCode);

        var paid = await browser.PostAsync($"/api/v1/payments/sandbox/{payment.Id}/success", null);
        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        Assert.Equal($"{PaymentTestKit.ReturnPath}?payment={payment.Id}&result=success", paid.Headers.Location?.OriginalString);

        var stored = await Fixture.PaymentAsync(payment.Id);
        Assert.Equal(PaymentState.Captured, stored.State);
        Assert.Equal(1_234, stored.CapturedCents);
        Assert.NotNull(stored.ProviderTransactionId);
        Assert.Equal(["captured"], Fixture.Outcomes.Calls(group));
        var outcome = Fixture.Outcomes.For(group)[0].Outcome;
        Assert.Equal((PaymentState.Pending, PaymentState.Captured, 1_234L), (outcome.PreviousState, outcome.State, outcome.ChangeCents));
        var logged = Assert.Single(await Fixture.EventsAsync(payment.Id));
        Assert.Equal((PaymentProviders.Sandbox, "captured", PaymentEventOutcomes.Applied), (logged.Provider, logged.Kind, logged.Outcome));
        Assert.Matches("^[0-9a-f]{64}$", logged.PayloadHash);
        Assert.True((await Fixture.PaymentsAsync(s => s.GetGroupAsync(group))).IsPaid);

        // The page is closed now: it links back, and a second post changes nothing.
        var closed = await (await browser.GetAsync(payment.RedirectUrl)).Content.ReadAsStringAsync();
        Assert.Contains("έχει ήδη πληρωθεί", closed);
        var again = await browser.PostAsync($"/api/v1/payments/sandbox/{payment.Id}/success", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(["captured"], Fixture.Outcomes.Calls(group));
        Assert.Equal(1, await Fixture.DbAsync(db => db.SandboxTransactions.CountAsync(t => t.OrderCode == stored.ProviderOrderCode)));
    }

    [SkippableFact]
    public async Task A_decline_then_a_retry_pays_once_and_no_attempt_can_start_after()
    {
        Fixture.EnsureAvailable();
        var group = Guid.NewGuid();
        using var browser = Fixture.Client();
        var first = await StartCardAsync(group);
        var declined = await browser.PostAsync($"/api/v1/payments/sandbox/{first.Id}/decline", null);
        Assert.Equal($"{PaymentTestKit.ReturnPath}?payment={first.Id}&result=declined", declined.Headers.Location?.OriginalString);
        var failed = await Fixture.PaymentAsync(first.Id);
        Assert.Equal((PaymentState.Failed, PaymentReasons.Declined), (failed.State, failed.Reason));
        Assert.Equal(["failed"], Fixture.Outcomes.Calls(group));

        var second = await StartCardAsync(group);
        Assert.Equal(2, second.Attempt);
        Assert.Equal(HttpStatusCode.SeeOther, (await browser.PostAsync($"/api/v1/payments/sandbox/{second.Id}/success", null)).StatusCode);
        Assert.Equal(["failed", "captured"], Fixture.Outcomes.Calls(group));

        var third = await Fixture.StartAsync(group, 4_250);
        Assert.Equal((PaymentCommandStatus.AlreadyPaid, "payment.already-paid"), (third.Status, third.ErrorCode));
        Assert.Equal(PaymentCommandStatus.AlreadyPaid, (await Fixture.StartAsync(group, 4_250, PaymentMethod.CashOnDelivery)).Status);

        // The first attempt's page cannot be paid any more.
        Assert.Equal(HttpStatusCode.Conflict, (await browser.PostAsync($"/api/v1/payments/sandbox/{first.Id}/success", null)).StatusCode);
        var view = await Fixture.PaymentsAsync(s => s.GetGroupAsync(group));
        Assert.Equal(second.Id, view.PaidBy);
        Assert.Equal([PaymentState.Failed, PaymentState.Captured], view.Attempts.Select(a => a.State));
        var orderCodes = view.Attempts.Select(a => "sbx-" + a.Id.ToString("N")).ToList();
        Assert.Equal(1, await Fixture.DbAsync(db => db.SandboxTransactions.CountAsync(t => orderCodes.Contains(t.OrderCode) && t.Status == SandboxGateway.Completed)));
        Assert.Equal(["failed", "captured"], Fixture.Outcomes.Calls(group));
    }

    [SkippableFact]
    public async Task A_new_attempt_supersedes_the_open_one_and_cancel_on_the_page_cancels()
    {
        Fixture.EnsureAvailable();
        var group = Guid.NewGuid();
        var first = await StartCardAsync(group);
        var second = await StartCardAsync(group);
        Assert.Equal((PaymentState.Cancelled, PaymentReasons.Superseded), ((await Fixture.PaymentAsync(first.Id)).State, (await Fixture.PaymentAsync(first.Id)).Reason));

        using var browser = Fixture.Client();
        var cancelled = await browser.PostAsync($"/api/v1/payments/sandbox/{second.Id}/cancel", null);
        Assert.Equal($"{PaymentTestKit.ReturnPath}?payment={second.Id}&result=cancelled", cancelled.Headers.Location?.OriginalString);
        var stored = await Fixture.PaymentAsync(second.Id);
        Assert.Equal((PaymentState.Cancelled, PaymentReasons.Customer), (stored.State, stored.Reason));
        Assert.Equal(["cancelled", "cancelled"], Fixture.Outcomes.Calls(group));
        Assert.Equal([PaymentReasons.Superseded, PaymentReasons.Customer], Fixture.Outcomes.For(group).Select(c => c.Outcome.Reason));
        await (await browser.PostAsync($"/api/v1/payments/sandbox/{second.Id}/refund", null)).AssertProblem(404);
        await (await browser.GetAsync($"/api/v1/payments/sandbox/{Guid.NewGuid()}")).AssertProblem(404);
    }

    [SkippableFact]
    public async Task A_replayed_webhook_changes_nothing_and_is_a_security_event()
    {
        Fixture.EnsureAvailable();
        var group = Guid.NewGuid();
        var payment = await StartCardAsync(group);
        var orderCode = "sbx-" + payment.Id.ToString("N");
        var transaction = await Fixture.SandboxTransactionAsync(orderCode, 4_250);
        var body = PaymentTestKit.SandboxBody(SandboxWebhookPayload.Captured, orderCode, transaction, 4_250);
        using var client = Fixture.Client();
        using var metrics = new MetricCapture(Fixture);

        var first = await client.PostSandboxAsync(body);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(PaymentEventOutcomes.Applied, await first.OutcomeAsync());
        var replay = await client.PostSandboxAsync(body);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(PaymentEventOutcomes.Replay, await replay.OutcomeAsync());

        Assert.Equal(PaymentState.Captured, (await Fixture.PaymentAsync(payment.Id)).State);
        Assert.Equal(["captured"], Fixture.Outcomes.Calls(group));
        Assert.Single(await Fixture.EventsAsync(payment.Id));
        Assert.Equal(1, metrics.Sum("dixis.security.events", ("kind", "webhook_replay")));
        Assert.Equal(1, metrics.Sum("dixis.payments", ("provider", "sandbox"), ("outcome", "succeeded")));
    }

    [SkippableFact]
    public async Task Events_out_of_order_change_nothing()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        var t0 = DateTimeOffset.UtcNow;

        // A capture, then a decline that happened before it.
        var group = Guid.NewGuid();
        var payment = await StartCardAsync(group);
        var orderCode = "sbx-" + payment.Id.ToString("N");
        var paid = await Fixture.SandboxTransactionAsync(orderCode, 4_250);
        var refused = await Fixture.SandboxTransactionAsync(orderCode, 4_250, SandboxGateway.Declined);
        Assert.Equal(PaymentEventOutcomes.Applied, await (await client.PostSandboxAsync(PaymentTestKit.SandboxBody(SandboxWebhookPayload.Captured, orderCode, paid, 4_250, t0))).OutcomeAsync());
        Assert.Equal(PaymentEventOutcomes.Stale,
            await (await client.PostSandboxAsync(PaymentTestKit.SandboxBody(SandboxWebhookPayload.Declined, orderCode, refused, 4_250, t0.AddSeconds(-30)))).OutcomeAsync());
        // A decline reported later than the capture is not a move the state machine allows after it.
        var laterRefusal = await Fixture.SandboxTransactionAsync(orderCode, 4_250, SandboxGateway.Declined);
        Assert.Equal(PaymentEventOutcomes.NotAllowed,
            await (await client.PostSandboxAsync(PaymentTestKit.SandboxBody(SandboxWebhookPayload.Declined, orderCode, laterRefusal, 4_250, t0.AddSeconds(30)))).OutcomeAsync());
        Assert.Equal(PaymentState.Captured, (await Fixture.PaymentAsync(payment.Id)).State);
        Assert.Equal(["captured"], Fixture.Outcomes.Calls(group));

        // A decline, then a cancellation that happened before it.
        var other = Guid.NewGuid();
        var second = await StartCardAsync(other);
        var secondCode = "sbx-" + second.Id.ToString("N");
        var secondRefused = await Fixture.SandboxTransactionAsync(secondCode, 4_250, SandboxGateway.Declined);
        Assert.Equal(PaymentEventOutcomes.Applied,
            await (await client.PostSandboxAsync(PaymentTestKit.SandboxBody(SandboxWebhookPayload.Declined, secondCode, secondRefused, 4_250, t0))).OutcomeAsync());
        Assert.Equal(PaymentEventOutcomes.Stale,
            await (await client.PostSandboxAsync(PaymentTestKit.SandboxBody(SandboxWebhookPayload.Cancelled, secondCode, null, null, t0.AddMinutes(-1)))).OutcomeAsync());
        var stored = await Fixture.PaymentAsync(second.Id);
        Assert.Equal((PaymentState.Failed, PaymentReasons.Declined), (stored.State, stored.Reason));
        Assert.Equal(["failed"], Fixture.Outcomes.Calls(other));
    }

    [SkippableFact]
    public async Task A_tampered_amount_is_rejected_and_changes_nothing()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        using var metrics = new MetricCapture(Fixture);
        var group = Guid.NewGuid();
        var payment = await StartCardAsync(group);
        var orderCode = "sbx-" + payment.Id.ToString("N");
        var transaction = await Fixture.SandboxTransactionAsync(orderCode, 4_250);

        // The event claims another amount than the payment's.
        Assert.Equal(PaymentEventOutcomes.Tampered,
            await (await client.PostSandboxAsync(PaymentTestKit.SandboxBody(SandboxWebhookPayload.Captured, orderCode, transaction, 425))).OutcomeAsync());

        // The event's amount is right but the provider's ledger took something else.
        var cheap = await Fixture.SandboxTransactionAsync(orderCode, 1);
        Assert.Equal(PaymentEventOutcomes.Tampered,
            await (await client.PostSandboxAsync(PaymentTestKit.SandboxBody(SandboxWebhookPayload.Captured, orderCode, cheap, 4_250))).OutcomeAsync());

        // A transaction the provider never made.
        Assert.Equal(PaymentEventOutcomes.Tampered,
            await (await client.PostSandboxAsync(PaymentTestKit.SandboxBody(SandboxWebhookPayload.Captured, orderCode, Guid.NewGuid(), 4_250))).OutcomeAsync());

        // Another payment's transaction.
        var otherPayment = await StartCardAsync(Guid.NewGuid());
        var foreign = await Fixture.SandboxTransactionAsync("sbx-" + otherPayment.Id.ToString("N"), 4_250);
        Assert.Equal(PaymentEventOutcomes.Tampered,
            await (await client.PostSandboxAsync(PaymentTestKit.SandboxBody(SandboxWebhookPayload.Captured, orderCode, foreign, 4_250))).OutcomeAsync());

        Assert.Equal(PaymentState.Pending, (await Fixture.PaymentAsync(payment.Id)).State);
        Assert.Empty(Fixture.Outcomes.Calls(group));
        Assert.All(await Fixture.EventsAsync(payment.Id), e => Assert.Equal(PaymentEventOutcomes.Tampered, e.Outcome));
        Assert.Equal(4, metrics.Sum("dixis.security.events", ("kind", "webhook_tampered")));
    }

    [SkippableFact]
    public async Task An_unknown_order_is_rejected_and_logged()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        using var metrics = new MetricCapture(Fixture);
        var eventId = Guid.NewGuid().ToString();
        var response = await client.PostSandboxAsync(PaymentTestKit.SandboxBody(SandboxWebhookPayload.Captured, "sbx-" + Guid.NewGuid().ToString("N"), Guid.NewGuid(), 100, eventId: eventId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PaymentEventOutcomes.UnknownOrder, await response.OutcomeAsync());
        var row = await Fixture.DbAsync(db => db.PaymentEvents.AsNoTracking().SingleAsync(e => e.Provider == PaymentProviders.Sandbox && e.EventId == eventId));
        Assert.Equal((PaymentEventOutcomes.UnknownOrder, (Guid?)null), (row.Outcome, row.PaymentId));
        Assert.Equal(1, metrics.Sum("dixis.security.events", ("kind", "webhook_unknown_order")));
    }

    [SkippableFact]
    public async Task A_bad_signature_is_refused_with_401_and_nothing_is_recorded()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client("en");
        using var metrics = new MetricCapture(Fixture);
        var payment = await StartCardAsync(Guid.NewGuid());
        var orderCode = "sbx-" + payment.Id.ToString("N");
        var transaction = await Fixture.SandboxTransactionAsync(orderCode, 4_250);
        var eventId = Guid.NewGuid().ToString();
        var body = PaymentTestKit.SandboxBody(SandboxWebhookPayload.Captured, orderCode, transaction, 4_250, eventId: eventId);

        var wrongKey = await (await client.PostSandboxAsync(body, secret: "not-the-secret")).AssertProblem(401);
        Assert.Equal("The payment notification's signature is missing, wrong or expired.", wrongKey.GetProperty("detail").GetString());
        await (await client.PostSandboxAsync(body, secret: null)).AssertProblem(401);
        await (await client.PostSandboxAsync(body, signedAt: DateTimeOffset.UtcNow.AddHours(-1))).AssertProblem(401);
        var altered = PaymentTestKit.SandboxBody(SandboxWebhookPayload.Captured, orderCode, transaction, 1, eventId: eventId);
        await (await client.PostSandboxAsync(body, sentBody: altered)).AssertProblem(401);
        await (await client.PostSandboxAsync("{not json"u8.ToArray())).AssertProblem(400);
        await (await client.PostSandboxAsync(PaymentTestKit.SandboxBody(SandboxWebhookPayload.Captured, orderCode, transaction, 4_250, eventId: "cmd:refund:x"))).AssertProblem(400);

        Assert.False(await Fixture.DbAsync(db => db.PaymentEvents.AnyAsync(e => e.EventId == eventId)));
        Assert.Equal(PaymentState.Pending, (await Fixture.PaymentAsync(payment.Id)).State);
        Assert.Equal(3, metrics.Sum("dixis.security.events", ("kind", "webhook_bad_signature")));
        Assert.Equal(1, metrics.Sum("dixis.security.events", ("kind", "webhook_replay")));
    }

    [SkippableFact]
    public async Task Refunds_full_and_partial_update_the_state_and_notify_once_each()
    {
        Fixture.EnsureAvailable();
        var group = Guid.NewGuid();
        var payment = await StartCardAsync(group, 5_000);
        using var browser = Fixture.Client();
        await browser.PostAsync($"/api/v1/payments/sandbox/{payment.Id}/success", null);

        var partial = await Fixture.PaymentsAsync(s => s.RefundAsync(group, 1_500, "credit-note-1"));
        Assert.Equal(PaymentCommandStatus.Done, partial.Status);
        Assert.Equal((PaymentState.PartiallyRefunded, 1_500L), (partial.Payment!.State, partial.Payment.RefundedCents));
        var again = await Fixture.PaymentsAsync(s => s.RefundAsync(group, 1_500, "credit-note-1"));
        Assert.Equal(PaymentCommandStatus.AlreadyDone, again.Status);
        Assert.Equal(PaymentCommandStatus.Conflict, (await Fixture.PaymentsAsync(s => s.RefundAsync(group, 999, "credit-note-1"))).Status);
        var tooMuch = await Fixture.PaymentsAsync(s => s.RefundAsync(group, 3_501, "credit-note-2"));
        Assert.Equal((PaymentCommandStatus.RefundExceedsCaptured, "payment.refund-exceeds"), (tooMuch.Status, tooMuch.ErrorCode));
        var rest = await Fixture.PaymentsAsync(s => s.RefundAsync(group, 3_500, "credit-note-3"));
        Assert.Equal((PaymentCommandStatus.Done, PaymentState.Refunded, 5_000L), (rest.Status, rest.Payment!.State, rest.Payment.RefundedCents));
        Assert.Equal(PaymentCommandStatus.RefundExceedsCaptured, (await Fixture.PaymentsAsync(s => s.RefundAsync(group, 1, "credit-note-4"))).Status);

        Assert.Equal(["captured", "refunded", "refunded"], Fixture.Outcomes.Calls(group));
        var refunds = Fixture.Outcomes.For(group).Where(c => c.Call == "refunded").Select(c => c.Outcome).ToList();
        Assert.Equal([(1_500L, 1_500L, "credit-note-1"), (3_500L, 5_000L, "credit-note-3")], refunds.Select(r => (r.ChangeCents, r.RefundedCents, r.Reference!)));
        var stored = await Fixture.PaymentAsync(payment.Id);
        Assert.Equal((0L, 5_000L), (stored.RefundingCents, stored.RefundedCents));
        Assert.Equal(5_000, await Fixture.DbAsync(db => db.SandboxTransactions.Where(t => t.Status == SandboxGateway.Refund && t.OrderCode == stored.ProviderOrderCode).SumAsync(t => t.AmountCents)));
        Assert.Equal(PaymentCommandStatus.NotFound, (await Fixture.PaymentsAsync(s => s.RefundAsync(Guid.NewGuid(), 1, "x"))).Status);
    }

    [SkippableFact]
    public async Task Refunds_asked_at_once_never_exceed_the_capture()
    {
        Fixture.EnsureAvailable();
        var group = Guid.NewGuid();
        var payment = await StartCardAsync(group, 10_000);
        using var browser = Fixture.Client();
        await browser.PostAsync($"/api/v1/payments/sandbox/{payment.Id}/success", null);

        var results = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => Task.Run(() => Fixture.PaymentsAsync(s => s.RefundAsync(group, 3_000, $"parallel-{i}")))));
        Assert.Equal(3, results.Count(r => r.Status == PaymentCommandStatus.Done));
        Assert.Equal(7, results.Count(r => r.Status == PaymentCommandStatus.RefundExceedsCaptured));
        var stored = await Fixture.PaymentAsync(payment.Id);
        Assert.Equal((PaymentState.PartiallyRefunded, 9_000L, 0L), (stored.State, stored.RefundedCents, stored.RefundingCents));
        Assert.Equal(3, Fixture.Outcomes.Calls(group).Count(c => c == "refunded"));
    }

    [SkippableFact]
    public async Task The_same_webhook_delivered_five_times_at_once_applies_once()
    {
        Fixture.EnsureAvailable();
        var group = Guid.NewGuid();
        var payment = await StartCardAsync(group);
        var orderCode = "sbx-" + payment.Id.ToString("N");
        var body = PaymentTestKit.SandboxBody(SandboxWebhookPayload.Captured, orderCode, await Fixture.SandboxTransactionAsync(orderCode, 4_250), 4_250);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(async () =>
        {
            using var client = Fixture.Client();
            using var response = await client.PostSandboxAsync(body);
            return (response.StatusCode, Outcome: await response.OutcomeAsync());
        })));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Contains(answers, a => a.Outcome == PaymentEventOutcomes.Applied);
        Assert.Equal((PaymentState.Captured, 4_250L), ((await Fixture.PaymentAsync(payment.Id)).State, (await Fixture.PaymentAsync(payment.Id)).CapturedCents));
        Assert.Equal(["captured"], Fixture.Outcomes.Calls(group));
        Assert.Single(await Fixture.EventsAsync(payment.Id));
    }

    [SkippableFact]
    public async Task Two_attempts_paid_at_the_same_moment_charge_once_and_refund_the_other()
    {
        Fixture.EnsureAvailable();
        var group = Guid.NewGuid();
        var first = await StartCardAsync(group);
        var second = await StartCardAsync(group);
        var bodies = new List<byte[]>();
        foreach (var attempt in new[] { first, second })
        {
            var code = "sbx-" + attempt.Id.ToString("N");
            bodies.Add(PaymentTestKit.SandboxBody(SandboxWebhookPayload.Captured, code, await Fixture.SandboxTransactionAsync(code, 4_250), 4_250));
        }

        await Task.WhenAll(bodies.Select(body => Task.Run(async () =>
        {
            using var client = Fixture.Client();
            Assert.Equal(HttpStatusCode.OK, (await client.PostSandboxAsync(body)).StatusCode);
        })));

        var view = await Fixture.PaymentsAsync(s => s.GetGroupAsync(group));
        Assert.NotNull(view.PaidBy);
        var paid = Assert.Single(view.Attempts, a => a.Id == view.PaidBy);
        var other = Assert.Single(view.Attempts, a => a.Id != view.PaidBy);
        Assert.Equal((PaymentState.Captured, false), (paid.State, paid.DuplicateCapture));
        Assert.Equal((PaymentState.Refunded, true, 4_250L), (other.State, other.DuplicateCapture, other.RefundedCents));
        Assert.Equal(1, Fixture.Outcomes.Calls(group).Count(c => c == "captured"));
        Assert.DoesNotContain("refunded", Fixture.Outcomes.Calls(group));
    }

    [SkippableFact]
    public async Task Cash_on_delivery_waits_for_the_delivery_and_captures_once()
    {
        Fixture.EnsureAvailable();
        var group = Guid.NewGuid();
        Assert.Equal(250, await Fixture.PaymentsAsync(s => Task.FromResult(s.CashOnDeliveryFeeCents)));
        var started = await Fixture.StartAsync(group, 3_150, PaymentMethod.CashOnDelivery);
        Assert.Equal(PaymentCommandStatus.Done, started.Status);
        Assert.Null(started.RedirectUrl);
        Assert.Equal((PaymentProviders.CashOnDelivery, PaymentState.Pending), (started.Payment!.Provider, started.Payment.State));
        var repeated = await Fixture.StartAsync(group, 3_150, PaymentMethod.CashOnDelivery);
        Assert.Equal((PaymentCommandStatus.AlreadyDone, started.Payment.Id), (repeated.Status, repeated.Payment!.Id));

        var delivered = await Fixture.PaymentsAsync(s => s.CaptureCashOnDeliveryAsync(group, "ELTA-123456"));
        Assert.Equal((PaymentCommandStatus.Done, PaymentState.Captured, 3_150L), (delivered.Status, delivered.Payment!.State, delivered.Payment.CapturedCents));
        Assert.Equal(PaymentCommandStatus.AlreadyDone, (await Fixture.PaymentsAsync(s => s.CaptureCashOnDeliveryAsync(group, "ELTA-123456"))).Status);
        Assert.Equal(PaymentCommandStatus.AlreadyDone, (await Fixture.PaymentsAsync(s => s.CaptureCashOnDeliveryAsync(group, "ELTA-other"))).Status);
        Assert.Equal(["captured"], Fixture.Outcomes.Calls(group));

        var refund = await Fixture.PaymentsAsync(s => s.RefundAsync(group, 650, "returned-jar"));
        Assert.Equal((PaymentCommandStatus.Done, PaymentState.PartiallyRefunded), (refund.Status, refund.Payment!.State));
        Assert.Equal(PaymentCommandStatus.NotFound, (await Fixture.PaymentsAsync(s => s.CaptureCashOnDeliveryAsync(Guid.NewGuid(), "x"))).Status);
    }

    [SkippableFact]
    public async Task Checkout_can_cancel_an_open_payment()
    {
        Fixture.EnsureAvailable();
        var group = Guid.NewGuid();
        var payment = await StartCardAsync(group);
        var cancelled = await Fixture.PaymentsAsync(s => s.CancelAsync(group));
        Assert.Equal((PaymentCommandStatus.Done, PaymentState.Cancelled), (cancelled.Status, cancelled.Payment!.State));
        Assert.Equal(PaymentReasons.Checkout, (await Fixture.PaymentAsync(payment.Id)).Reason);
        Assert.Equal(PaymentCommandStatus.NotFound, (await Fixture.PaymentsAsync(s => s.CancelAsync(group))).Status);
        Assert.Equal(["cancelled"], Fixture.Outcomes.Calls(group));
    }

    [SkippableFact]
    public async Task Start_checks_its_input()
    {
        Fixture.EnsureAvailable();
        var bad = await Fixture.StartAsync(Guid.Empty, 0, description: " ", returnUrl: "//evil.example/steal");
        Assert.Equal(PaymentCommandStatus.Invalid, bad.Status);
        Assert.Equal(["amountCents", "checkoutGroupId", "description", "returnUrl"], bad.Errors!.Keys.Order());
        foreach (var url in new[] { "javascript:alert(1)", "ftp://example.gr/", "/a\\b", "" })
        {
            Assert.Equal("payment.return-url", (await Fixture.StartAsync(Guid.NewGuid(), 100, returnUrl: url)).Errors?["returnUrl"]);
        }

        Assert.Equal(PaymentCommandStatus.Done, (await Fixture.StartAsync(Guid.NewGuid(), 100, returnUrl: "https://dixis.gr/checkout?step=3#top")).Status);
        Assert.Equal(PaymentCommandStatus.Invalid, (await Fixture.StartAsync(Guid.NewGuid(), PaymentService.MaxAmountCents + 1)).Status);
    }

    [SkippableFact]
    public async Task Open_attempts_left_too_long_expire_and_the_reconciliation_job_probes()
    {
        Fixture.EnsureAvailable();
        var group = Guid.NewGuid();
        var payment = await StartCardAsync(group);
        var cod = await Fixture.StartAsync(Guid.NewGuid(), 500, PaymentMethod.CashOnDelivery);
        var old = DateTimeOffset.UtcNow.AddHours(-3);
        await Fixture.DbAsync(db => db.Payments.Where(p => p.Id == payment.Id || p.Id == cod.Payment!.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.CreatedAt, old)));

        await using (var scope = Fixture.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<PaymentReconciliationJob>().RunAsync(CancellationToken.None);
        }

        Assert.Equal((PaymentState.Cancelled, PaymentReasons.Expired), ((await Fixture.PaymentAsync(payment.Id)).State, (await Fixture.PaymentAsync(payment.Id)).Reason));
        Assert.Equal(PaymentState.Pending, (await Fixture.PaymentAsync(cod.Payment!.Id)).State);
        Assert.Equal(["cancelled"], Fixture.Outcomes.Calls(group));
        var probes = await Fixture.DbAsync(db => db.PaymentProviderProbes.AsNoTracking().ToListAsync());
        Assert.Contains(probes, p => p.Provider == PaymentProviders.Sandbox && p.Ok);
    }

    [SkippableFact]
    public async Task Payment_health_reports_each_provider_and_metrics_count_outcomes()
    {
        Fixture.EnsureAvailable();
        using var browser = Fixture.Client();
        using var metrics = new MetricCapture(Fixture);
        var paid = await StartCardAsync(Guid.NewGuid());
        await browser.PostAsync($"/api/v1/payments/sandbox/{paid.Id}/success", null);
        var declined = await StartCardAsync(Guid.NewGuid());
        await browser.PostAsync($"/api/v1/payments/sandbox/{declined.Id}/decline", null);

        var response = await browser.GetAsync("/api/v1/payment/health");
        var body = await response.Json();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("sandbox", body.GetProperty("gateway").GetString());
        Assert.Equal(250, body.GetProperty("cashOnDeliveryFeeCents").GetInt64());
        var providers = body.GetProperty("providers").EnumerateArray().ToList();
        Assert.Equal(["sandbox", "cod"], providers.Select(p => p.GetProperty("provider").GetString()));
        var sandbox = providers[0];
        Assert.True(sandbox.GetProperty("configured").GetBoolean());
        Assert.True(sandbox.GetProperty("lastProbe").GetProperty("ok").GetBoolean());
        var window = sandbox.GetProperty("last15Minutes");
        Assert.True(window.GetProperty("succeeded").GetInt32() >= 1);
        Assert.True(window.GetProperty("declined").GetInt32() >= 1);
        var ratio = window.GetProperty("successRatio").GetDouble();
        Assert.InRange(ratio, 0.01, 0.99);
        Assert.Equal(0, sandbox.GetProperty("webhooksAwaiting").GetInt32());

        Assert.Equal(1, metrics.Sum("dixis.payments", ("provider", "sandbox"), ("outcome", "succeeded")));
        Assert.Equal(1, metrics.Sum("dixis.payments", ("provider", "sandbox"), ("outcome", "declined")));
    }
}

public sealed class SqliteSandboxPaymentTests(SqliteSandboxFixture fixture) : SandboxPaymentTests<SqliteSandboxFixture>(fixture);

public sealed class MariaDbSandboxPaymentTests(MariaDbSandboxFixture fixture) : SandboxPaymentTests<MariaDbSandboxFixture>(fixture);
