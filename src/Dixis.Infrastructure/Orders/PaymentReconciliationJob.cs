namespace Dixis.Infrastructure.Orders;

/// <summary>Every five minutes on queue <c>high</c>: expires card checkouts whose payment window passed.</summary>
public sealed class PaymentReconciliationJob(UnpaidCheckoutExpiry expiry)
{
    /// <summary>Runs one reconciliation pass.</summary>
    public Task RunAsync(CancellationToken ct) => expiry.ExpireAsync(ct);
}
