using System.Text.Json;
using Dixis.Domain.Payments;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Payments;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Infrastructure.Payments.Sandbox;

/// <summary>What the person chose on the sandbox page.</summary>
public enum SandboxChoice
{
    Success,
    Decline,
    Cancel,
}

/// <summary>The outcome of a choice on the sandbox page.</summary>
/// <param name="Status">Whether the payment was found and still open.</param>
/// <param name="Payment">The payment (as it was before the choice).</param>
/// <param name="Result">The word for the return URL (<see cref="ReturnUrls"/>).</param>
/// <param name="Webhook">How Dixis answered the sandbox's webhook.</param>
public sealed record SandboxDecision(SandboxDecisionStatus Status, Payment? Payment = null, string? Result = null, WebhookResult? Webhook = null)
{
    /// <summary>Where to send the person next.</summary>
    public string? ReturnUrl => Payment is null || Result is null ? null : ReturnUrls.With(Payment.ReturnUrl, Payment.Id, Result);
}

public enum SandboxDecisionStatus
{
    NotFound,
    Closed,
    Done,
}

/// <summary>
/// The sandbox provider's side: it records what its "bank" did and tells Dixis through the signed webhook, the
/// way a real provider does, before the person is sent back to the shop.
/// </summary>
public sealed class SandboxBank(DixisDbContext db, SandboxSecret secret, ISandboxWebhookSender sender, TimeProvider clock)
{
    /// <summary>The payment behind a sandbox page, or null when there is none (or it is not a sandbox payment).</summary>
    public Task<Payment?> FindAsync(Guid paymentId, CancellationToken ct) =>
        db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == paymentId && p.Provider == PaymentProviders.Sandbox && p.ProviderOrderCode != null, ct);

    public async Task<SandboxDecision> DecideAsync(Guid paymentId, SandboxChoice choice, CancellationToken ct)
    {
        var payment = await FindAsync(paymentId, ct);
        if (payment is null)
        {
            return new SandboxDecision(SandboxDecisionStatus.NotFound);
        }

        if (!PaymentStateMachine.IsOpen(payment.State))
        {
            return new SandboxDecision(SandboxDecisionStatus.Closed, payment);
        }

        var now = clock.GetUtcNow();
        SandboxTransaction? transaction = null;
        if (choice != SandboxChoice.Cancel)
        {
            transaction = new SandboxTransaction
            {
                OrderCode = payment.ProviderOrderCode!,
                Status = choice == SandboxChoice.Success ? SandboxGateway.Completed : SandboxGateway.Declined,
                AmountCents = payment.AmountCents,
                CreatedAt = now,
            };
            db.SandboxTransactions.Add(transaction);
            await db.SaveChangesAsync(ct);
            db.Entry(transaction).State = EntityState.Detached;
        }

        var (type, result) = choice switch
        {
            SandboxChoice.Success => (SandboxWebhookPayload.Captured, ReturnUrls.Success),
            SandboxChoice.Decline => (SandboxWebhookPayload.Declined, ReturnUrls.Declined),
            _ => (SandboxWebhookPayload.Cancelled, ReturnUrls.Cancelled),
        };
        var payload = new SandboxWebhookPayload(Guid.NewGuid().ToString("D"), type, payment.ProviderOrderCode!, transaction?.Id.ToString("D"), payment.AmountCents, now);
        var body = JsonSerializer.SerializeToUtf8Bytes(payload, SandboxWebhookPayload.Json);
        var webhook = await sender.SendAsync(body, SandboxSignature.Sign(secret.Key, now, body), ct);
        return new SandboxDecision(SandboxDecisionStatus.Done, payment, result, webhook);
    }
}
