namespace Dixis.Infrastructure.Data.Payments;

/// <summary>The last reachability probe of one provider (written by the reconciliation job, read by the health report).</summary>
public sealed class PaymentProviderProbe
{
    public required string Provider { get; set; }

    public DateTimeOffset CheckedAt { get; set; }

    public bool Ok { get; set; }

    /// <summary>Short technical detail (status code, exception type); no secrets.</summary>
    public string Detail { get; set; } = "";
}
