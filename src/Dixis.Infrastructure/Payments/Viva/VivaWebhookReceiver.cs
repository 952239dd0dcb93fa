using System.Globalization;
using System.Text.Json;
using Dixis.Domain.Payments;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Payments;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Infrastructure.Payments.Viva;

/// <summary>
/// Viva's webhook: the GET verification handshake, the POSTed events (1796 payment created, 1797 reversal
/// created, 1798 transaction failed), and the person's return from the Smart Checkout page. Viva does not sign
/// its webhooks, so nothing in a notification is believed until Viva's transaction API confirms it.
/// </summary>
public sealed class VivaWebhookReceiver(
    PaymentsOptions options, VivaClient client, VivaTokenCache cache, PaymentEventProcessor processor, DixisDbContext db, TimeProvider clock)
{
    public const int PaymentCreated = 1796;
    public const int ReversalCreated = 1797;
    public const int TransactionFailed = 1798;

    public bool Enabled => options.Viva.IsConfigured;

    /// <summary>The key the GET handshake answers: configured, or fetched from Viva once.</summary>
    public async Task<string> VerificationKeyAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(options.Viva.WebhookKey))
        {
            return options.Viva.WebhookKey;
        }

        return cache.WebhookKey ??= await client.WebhookKeyAsync(ct);
    }

    public async Task<WebhookResult> ReceiveAsync(byte[] body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!Enabled)
        {
            return new WebhookResult(WebhookStatus.Disabled);
        }

        VivaWebhookEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<VivaWebhookEnvelope>(body, VivaJson.Options);
        }
        catch (JsonException)
        {
            envelope = null;
        }

        // Viva's MessageId is a GUID; anything else is not Viva (and could not collide with our "cmd:" ids).
        if (envelope is null || envelope.EventTypeId <= 0 || !Guid.TryParse(envelope.MessageId, out var messageId))
        {
            return new WebhookResult(WebhookStatus.Malformed);
        }

        var data = envelope.EventData;
        var kind = envelope.EventTypeId switch
        {
            PaymentCreated => PaymentEventKind.Captured,
            ReversalCreated => PaymentEventKind.Refunded,
            TransactionFailed => PaymentEventKind.Declined,
            _ => (PaymentEventKind?)null,
        };
        var transactionId = Guid.TryParse(data?.TransactionId, out var tx) ? tx.ToString("D") : null;
        var notification = new ProviderNotification(PaymentProviders.Viva, messageId.ToString("D"), kind,
            data?.OrderCode?.ToString(CultureInfo.InvariantCulture), transactionId, data?.Amount is { } euros ? VivaGateway.Cents(euros) : null,
            envelope.Created ?? clock.GetUtcNow(), PayloadHash.Of(body));
        return new WebhookResult(WebhookStatus.Accepted, await processor.ReceiveAsync(notification, ct));
    }

    /// <summary>
    /// The person came back from Smart Checkout (Viva appends <c>t</c> = transaction id and <c>s</c> = order code).
    /// On the success URL the transaction is verified and applied at once, so the shop need not wait for the
    /// webhook; either way returns the payment and the word for its return URL, or null for an unknown order.
    /// </summary>
    public async Task<(Payment Payment, string Result)?> ReturnAsync(string? orderCode, string? transactionId, bool success, CancellationToken ct)
    {
        if (!Enabled || string.IsNullOrEmpty(orderCode) || orderCode.Length > 20 || !orderCode.All(char.IsAsciiDigit))
        {
            return null;
        }

        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Provider == PaymentProviders.Viva && p.ProviderOrderCode == orderCode, ct);
        if (payment is null)
        {
            return null;
        }

        if (success && Guid.TryParse(transactionId, out var tx) && !PaymentStateMachine.IsPaid(payment.State))
        {
            var id = tx.ToString("D");
            await processor.ReceiveAsync(new ProviderNotification(PaymentProviders.Viva, "return:" + id, PaymentEventKind.Captured, orderCode, id, null,
                clock.GetUtcNow(), PayloadHash.Of($"return|{orderCode}|{id}")), ct, replayIsSecurityEvent: false);
            payment = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == payment.Id, ct);
        }

        var result = payment.State switch
        {
            _ when PaymentStateMachine.IsPaid(payment.State) => ReturnUrls.Success,
            PaymentState.Failed => ReturnUrls.Declined,
            PaymentState.Cancelled => ReturnUrls.Cancelled,
            _ => success ? ReturnUrls.Pending : ReturnUrls.Failed,
        };
        return (payment, result);
    }
}
