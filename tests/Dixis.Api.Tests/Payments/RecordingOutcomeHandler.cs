using System.Collections.Concurrent;
using Dixis.Infrastructure.Payments;

namespace Dixis.Api.Tests.Payments;

/// <summary>Records every call payments make to orders, so tests can assert "exactly once per real change".</summary>
public sealed class RecordingOutcomeHandler : IPaymentOutcomeHandler
{
    private readonly ConcurrentQueue<(string Call, PaymentOutcome Outcome)> _calls = new();

    /// <summary>The calls about one checkout, in order: "captured", "failed", "cancelled", "refunded".</summary>
    public IReadOnlyList<(string Call, PaymentOutcome Outcome)> For(Guid checkoutGroupId) =>
        _calls.Where(c => c.Outcome.CheckoutGroupId == checkoutGroupId).ToList();

    public IReadOnlyList<string> Calls(Guid checkoutGroupId) => For(checkoutGroupId).Select(c => c.Call).ToList();

    public Task OnCapturedAsync(PaymentOutcome outcome, CancellationToken ct) => Add("captured", outcome);

    public Task OnFailedAsync(PaymentOutcome outcome, CancellationToken ct) => Add("failed", outcome);

    public Task OnCancelledAsync(PaymentOutcome outcome, CancellationToken ct) => Add("cancelled", outcome);

    public Task OnRefundedAsync(PaymentOutcome outcome, CancellationToken ct) => Add("refunded", outcome);

    private Task Add(string call, PaymentOutcome outcome)
    {
        _calls.Enqueue((call, outcome));
        return Task.CompletedTask;
    }
}
