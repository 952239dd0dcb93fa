using System.Text.Json;
using Dixis.Infrastructure.Observability;

namespace Dixis.Infrastructure.Payments.Sandbox;

/// <summary>Checks the signature of a sandbox webhook, reads it and hands it to <see cref="PaymentEventProcessor"/>.</summary>
public sealed class SandboxWebhookReceiver(
    PaymentsOptions options, SandboxSecret secret, PaymentEventProcessor processor, SecurityEvents security, TimeProvider clock)
{
    public async Task<WebhookResult> ReceiveAsync(byte[] body, string? signature, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!options.SandboxEnabled)
        {
            return new WebhookResult(WebhookStatus.Disabled);
        }

        var check = SandboxSignature.Verify(secret.Key, signature, body, clock.GetUtcNow(), TimeSpan.FromSeconds(options.Sandbox.SignatureToleranceSeconds));
        if (check != SandboxSignatureCheck.Valid)
        {
            // Nothing is recorded for an unauthenticated request: its event id could be anyone's.
            security.Record(check == SandboxSignatureCheck.Expired ? SecurityEvents.WebhookReplay : SecurityEvents.WebhookBadSignature,
                PaymentProviders.Sandbox, check == SandboxSignatureCheck.Expired ? "signature older than the tolerance" : "signature " + check.ToString().ToLowerInvariant());
            return new WebhookResult(WebhookStatus.Unauthorized);
        }

        SandboxWebhookPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<SandboxWebhookPayload>(body, SandboxWebhookPayload.Json);
        }
        catch (JsonException)
        {
            payload = null;
        }

        if (payload is null || !Fits(payload.EventId, 80) || payload.EventId.StartsWith(PaymentEventProcessor.CommandPrefix, StringComparison.Ordinal)
            || !Fits(payload.Type, 40) || !Fits(payload.OrderCode, 64) || payload.TransactionId is { Length: > 64 } || payload.OccurredAt == default)
        {
            return new WebhookResult(WebhookStatus.Malformed);
        }

        var receipt = await processor.ReceiveAsync(new ProviderNotification(PaymentProviders.Sandbox, payload.EventId, payload.Kind, payload.OrderCode,
            payload.TransactionId, payload.AmountCents, payload.OccurredAt, PayloadHash.Of(body)), ct);
        return new WebhookResult(WebhookStatus.Accepted, receipt);
    }

    private static bool Fits(string? value, int max) => !string.IsNullOrWhiteSpace(value) && value.Length <= max;
}
