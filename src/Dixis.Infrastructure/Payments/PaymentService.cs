using Dixis.Domain.Payments;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Payments;

/// <summary>
/// What checkout and orders call: start a payment for a checkout group, capture cash on delivery, refund, cancel,
/// and read where a checkout's payment stands. Results are values (<see cref="PaymentCommandResult"/>), never
/// exceptions, so an endpoint can answer 4xx/503 with the message code it carries. Commands run their own
/// transactions on the scoped <c>DixisDbContext</c>: call them outside a transaction of yours, after saving your
/// changes (unsaved changes make them throw), and do not keep tracked entities across the call.
/// </summary>
public sealed partial class PaymentService(
    DixisDbContext db,
    PaymentGateways gateways,
    PaymentEventProcessor processor,
    PaymentsOptions options,
    TimeProvider clock,
    ILogger<PaymentService> logger)
{
    /// <summary>The largest amount one payment may ask for (1,000,000.00 €): anything above is a bug upstream.</summary>
    public const long MaxAmountCents = 100_000_000;

    /// <summary>The cash-on-delivery fee in cents (<c>Payments:CashOnDeliveryFee</c>), for checkout pricing.</summary>
    public long CashOnDeliveryFeeCents => options.CashOnDeliveryFeeCents;

    /// <summary>Whether checkout may offer cash on delivery.</summary>
    public bool CashOnDeliveryEnabled => options.CashOnDeliveryEnabled;

    /// <summary>
    /// Starts a payment attempt. A checkout that is already paid answers <see cref="PaymentCommandStatus.AlreadyPaid"/>.
    /// A card attempt supersedes (cancels) the checkout's open attempts; asking again for cash on delivery while a
    /// cash-on-delivery attempt is open returns that attempt (<see cref="PaymentCommandStatus.AlreadyDone"/>).
    /// </summary>
    public async Task<PaymentCommandResult> StartAsync(StartPaymentRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return new PaymentCommandResult(PaymentCommandStatus.Invalid, Errors: errors);
        }

        if (request.Method == PaymentMethod.CashOnDelivery && !options.CashOnDeliveryEnabled)
        {
            return Invalid("method", "payment.method");
        }

        var provider = request.Method == PaymentMethod.CashOnDelivery ? PaymentProviders.CashOnDelivery : options.Gateway;
        var gateway = gateways.For(provider);
        if (!gateway.IsConfigured)
        {
            return new PaymentCommandResult(PaymentCommandStatus.ProviderUnavailable, ErrorCode: "payment.provider-unavailable");
        }

        if (await db.PaymentGroupCaptures.AnyAsync(c => c.CheckoutGroupId == request.CheckoutGroupId, ct))
        {
            return new PaymentCommandResult(PaymentCommandStatus.AlreadyPaid, ErrorCode: "payment.already-paid");
        }

        var attempts = await db.Payments.AsNoTracking().Where(p => p.CheckoutGroupId == request.CheckoutGroupId).OrderBy(p => p.Attempt).ToListAsync(ct);
        var open = attempts.Where(p => PaymentStateMachine.IsOpen(p.State)).ToList();
        if (provider == PaymentProviders.CashOnDelivery && open.Find(p => p.Provider == provider) is { } openCod && openCod.AmountCents == request.AmountCents)
        {
            return new PaymentCommandResult(PaymentCommandStatus.AlreadyDone, PaymentView.From(openCod));
        }

        if (open.Exists(p => p.State == PaymentState.Authorised))
        {
            return new PaymentCommandResult(PaymentCommandStatus.Conflict, ErrorCode: "payment.in-progress");
        }

        var now = clock.GetUtcNow();
        var payment = new Payment
        {
            CheckoutGroupId = request.CheckoutGroupId,
            Attempt = attempts.Count == 0 ? 1 : attempts[^1].Attempt + 1,
            Provider = provider,
            AmountCents = request.AmountCents,
            State = PaymentState.Pending,
            Description = request.Description.Trim(),
            ReturnUrl = request.ReturnUrl.Trim(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Payments.Add(payment);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another attempt of this checkout was created at the same moment (unique group + attempt).
            db.Entry(payment).State = EntityState.Detached;
            return new PaymentCommandResult(PaymentCommandStatus.Conflict, ErrorCode: "payment.in-progress");
        }

        db.Entry(payment).State = EntityState.Detached;
        foreach (var earlier in open)
        {
            await CancelOneAsync(earlier, PaymentReasons.Superseded, ct);
        }

        GatewayOrder order;
        try
        {
            order = await gateway.CreateOrderAsync(new GatewayOrderRequest(payment.Id, payment.AmountCents, payment.Description), ct);
        }
        catch (PaymentProviderException e)
        {
            LogStartFailed(payment.Id, provider, e.Message);
            var (rowId, _) = await processor.RecordCommandAsync(payment, "start-failed:" + payment.Id.ToString("N"), PaymentEventKind.Failed, null, ct);
            var failed = await processor.ApplyAsync(payment.Id, new PaymentEvent(PaymentEventKind.Failed, 0, clock.GetUtcNow()), rowId,
                PaymentReasons.ProviderUnavailable, null, 0, ct);
            return new PaymentCommandResult(PaymentCommandStatus.ProviderUnavailable, failed.Payment, "payment.provider-unavailable");
        }

        await db.Payments.Where(p => p.Id == payment.Id).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.ProviderOrderCode, order.OrderCode)
            .SetProperty(p => p.RedirectUrl, order.RedirectUrl)
            .SetProperty(p => p.UpdatedAt, clock.GetUtcNow())
            .SetProperty(p => p.Version, p => p.Version + 1), ct);
        payment.ProviderOrderCode = order.OrderCode;
        payment.RedirectUrl = order.RedirectUrl;
        LogStarted(payment.Id, payment.CheckoutGroupId, payment.Attempt, provider, payment.AmountCents);
        return new PaymentCommandResult(PaymentCommandStatus.Done, PaymentView.From(payment));
    }

    /// <summary>
    /// The courier collected the cash: captures the checkout's cash-on-delivery attempt in full. Calling it again
    /// changes nothing (<see cref="PaymentCommandStatus.AlreadyDone"/>).
    /// </summary>
    /// <param name="checkoutGroupId">The checkout.</param>
    /// <param name="deliveryReference">The delivery's reference (e.g. the carrier's tracking code), kept as the transaction id.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<PaymentCommandResult> CaptureCashOnDeliveryAsync(Guid checkoutGroupId, string deliveryReference, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(deliveryReference) || deliveryReference.Trim().Length > 60)
        {
            return Invalid("deliveryReference", "required");
        }

        var payment = await db.Payments.AsNoTracking()
            .Where(p => p.CheckoutGroupId == checkoutGroupId && p.Provider == PaymentProviders.CashOnDelivery)
            .OrderByDescending(p => p.Attempt).FirstOrDefaultAsync(ct);
        if (payment is null)
        {
            return new PaymentCommandResult(PaymentCommandStatus.NotFound, ErrorCode: "not-found");
        }

        var (rowId, existing) = await processor.RecordCommandAsync(payment, "cod-capture:" + payment.Id.ToString("N"), PaymentEventKind.Captured, payment.AmountCents, ct);
        if (existing is not null && !PaymentEventOutcomes.IsRetryable(existing.Outcome))
        {
            return new PaymentCommandResult(existing.Outcome == PaymentEventOutcomes.Applied ? PaymentCommandStatus.AlreadyDone : PaymentCommandStatus.Conflict,
                PaymentView.From(payment), existing.Outcome == PaymentEventOutcomes.Applied ? null : "payment.state");
        }

        var captured = new PaymentEvent(PaymentEventKind.Captured, payment.AmountCents, PaymentEventProcessor.Later(clock.GetUtcNow(), payment.LastEventAt),
            "cod-" + deliveryReference.Trim());
        return PaymentEventProcessor.ToCommandResult(await processor.ApplyAsync(payment.Id, captured, rowId, null, deliveryReference.Trim(), 0, ct));
    }

    /// <summary>
    /// Gives back <paramref name="amountCents"/> of the checkout's captured payment through its provider (for cash
    /// on delivery it only records that the money went back by hand). The same <paramref name="reference"/> twice
    /// refunds once; refunds never exceed what was captured, even when two are asked for at once.
    /// </summary>
    /// <param name="checkoutGroupId">The checkout.</param>
    /// <param name="amountCents">How much to give back, in cents.</param>
    /// <param name="reference">Our reference of this refund (e.g. the credit note's id); at most 60 characters.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<PaymentCommandResult> RefundAsync(Guid checkoutGroupId, long amountCents, string reference, CancellationToken ct = default)
    {
        if (amountCents is <= 0 or > MaxAmountCents)
        {
            return Invalid("amountCents", "payment.amount");
        }

        if (string.IsNullOrWhiteSpace(reference) || reference.Trim().Length > 60)
        {
            return Invalid("reference", "required");
        }

        var paid = await db.PaymentGroupCaptures.AsNoTracking().SingleOrDefaultAsync(c => c.CheckoutGroupId == checkoutGroupId, ct);
        if (paid is null)
        {
            return new PaymentCommandResult(PaymentCommandStatus.NotFound, ErrorCode: "payment.not-paid");
        }

        return await processor.RefundAsync(paid.PaymentId, amountCents, reference.Trim(), ct);
    }

    /// <summary>Cancels the checkout's open attempts (e.g. the order was cancelled before it was paid).</summary>
    public async Task<PaymentCommandResult> CancelAsync(Guid checkoutGroupId, CancellationToken ct = default)
    {
        var open = await db.Payments.AsNoTracking()
            .Where(p => p.CheckoutGroupId == checkoutGroupId && (p.State == PaymentState.Pending || p.State == PaymentState.Authorised))
            .OrderBy(p => p.Attempt).ToListAsync(ct);
        if (open.Count == 0)
        {
            return new PaymentCommandResult(PaymentCommandStatus.NotFound, ErrorCode: "payment.state");
        }

        PaymentCommandResult result = new(PaymentCommandStatus.NotFound);
        foreach (var payment in open)
        {
            result = await CancelOneAsync(payment, PaymentReasons.Checkout, ct);
        }

        return result;
    }

    /// <summary>One attempt, or null.</summary>
    public async Task<PaymentView?> GetAsync(Guid paymentId, CancellationToken ct = default)
    {
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == paymentId, ct);
        return payment is null ? null : PaymentView.From(payment);
    }

    /// <summary>Every attempt of a checkout and the one that paid; an unknown checkout has no attempts.</summary>
    public async Task<PaymentGroupView> GetGroupAsync(Guid checkoutGroupId, CancellationToken ct = default)
    {
        var attempts = await db.Payments.AsNoTracking().Where(p => p.CheckoutGroupId == checkoutGroupId).OrderBy(p => p.Attempt).ToListAsync(ct);
        var paid = await db.PaymentGroupCaptures.AsNoTracking().Where(c => c.CheckoutGroupId == checkoutGroupId).Select(c => (Guid?)c.PaymentId).SingleOrDefaultAsync(ct);
        return new PaymentGroupView(checkoutGroupId, attempts.Select(PaymentView.From).ToList(), paid);
    }

    /// <summary>Cancels one open attempt for <paramref name="reason"/> (also used by the reconciliation job for expiry).</summary>
    internal async Task<PaymentCommandResult> CancelOneAsync(Payment payment, string reason, CancellationToken ct)
    {
        var (rowId, existing) = await processor.RecordCommandAsync(payment, "cancel:" + payment.Id.ToString("N"), PaymentEventKind.Cancelled, null, ct);
        if (existing is not null && !PaymentEventOutcomes.IsRetryable(existing.Outcome))
        {
            return new PaymentCommandResult(PaymentCommandStatus.AlreadyDone, PaymentView.From(payment));
        }

        var cancel = new PaymentEvent(PaymentEventKind.Cancelled, 0, PaymentEventProcessor.Later(clock.GetUtcNow(), payment.LastEventAt));
        return PaymentEventProcessor.ToCommandResult(await processor.ApplyAsync(payment.Id, cancel, rowId, reason, null, 0, ct));
    }

    private static Dictionary<string, string> Validate(StartPaymentRequest request)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.CheckoutGroupId == Guid.Empty)
        {
            errors["checkoutGroupId"] = "required";
        }

        if (!Enum.IsDefined(request.Method))
        {
            errors["method"] = "payment.method";
        }

        if (request.AmountCents is <= 0 or > MaxAmountCents)
        {
            errors["amountCents"] = "payment.amount";
        }

        var description = request.Description?.Trim();
        if (string.IsNullOrEmpty(description) || description.Length > 200 || description.Any(char.IsControl))
        {
            errors["description"] = string.IsNullOrEmpty(description) ? "required" : "text";
        }

        if (!IsReturnUrl(request.ReturnUrl?.Trim()))
        {
            errors["returnUrl"] = "payment.return-url";
        }

        return errors;
    }

    /// <summary>A path on our own site (<c>/…</c>, not <c>//…</c>) or an absolute http(s) URL, at most 500 characters.</summary>
    public static bool IsReturnUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > 500 || url.Any(char.IsControl) || url.Contains('\\', StringComparison.Ordinal))
        {
            return false;
        }

        if (url.StartsWith('/'))
        {
            return !url.StartsWith("//", StringComparison.Ordinal);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
    }

    private static PaymentCommandResult Invalid(string field, string code) =>
        new(PaymentCommandStatus.Invalid, Errors: new Dictionary<string, string>(StringComparer.Ordinal) { [field] = code });

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment {PaymentId} started for checkout {CheckoutGroupId} (attempt {Attempt}, {Provider}, {AmountCents} cents)")]
    private partial void LogStarted(Guid paymentId, Guid checkoutGroupId, int attempt, string provider, long amountCents);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {PaymentId} could not be opened at {Provider}: {Detail}")]
    private partial void LogStartFailed(Guid paymentId, string provider, string detail);
}
