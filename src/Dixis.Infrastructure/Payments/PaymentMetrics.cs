using System.Diagnostics.Metrics;
using Dixis.Infrastructure.Observability;

namespace Dixis.Infrastructure.Payments;

/// <summary>
/// Payment counters on the <c>Dixis</c> meter (docs/metrics.md): <c>dixis_payments_total{provider,outcome}</c>
/// and <c>dixis_payments_refunds_total{provider,kind}</c>.
/// </summary>
public sealed class PaymentMetrics
{
    /// <summary>The money was taken.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>A technical failure (provider unreachable or erroring).</summary>
    public const string Failed = "failed";

    /// <summary>The customer's bank said no.</summary>
    public const string Declined = "declined";

    /// <summary>Cancelled by the customer, superseded, expired or by the checkout.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>A second capture for an already paid checkout (refunded automatically).</summary>
    public const string Duplicate = "duplicate";

    private readonly Counter<long> _payments;
    private readonly Counter<long> _refunds;

    public PaymentMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(DixisMetrics.MeterName);
        _payments = meter.CreateCounter<long>("dixis.payments", description: "Payment attempts decided, by provider and outcome.");
        _refunds = meter.CreateCounter<long>("dixis.payments.refunds", description: "Refunds applied, by provider and kind (full, partial).");
    }

    public void Decided(string provider, string outcome) =>
        _payments.Add(1, new KeyValuePair<string, object?>("provider", provider), new KeyValuePair<string, object?>("outcome", outcome));

    public void Refunded(string provider, bool full) =>
        _refunds.Add(1, new KeyValuePair<string, object?>("provider", provider), new KeyValuePair<string, object?>("kind", full ? "full" : "partial"));
}
