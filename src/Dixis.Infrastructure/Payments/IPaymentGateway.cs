namespace Dixis.Infrastructure.Payments;

/// <summary>
/// One payment provider. Calls that reach a remote provider throw <see cref="PaymentProviderException"/> when it
/// cannot be reached or answers with an error; they never return half a result.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>The provider name (<see cref="PaymentProviders"/>).</summary>
    string Provider { get; }

    /// <summary>True when every setting the provider needs is present.</summary>
    bool IsConfigured { get; }

    /// <summary>Opens an order at the provider; the redirect URL is where the person pays (none for cash on delivery).</summary>
    Task<GatewayOrder> CreateOrderAsync(GatewayOrderRequest request, CancellationToken ct);

    /// <summary>The provider's own record of a transaction; null when it does not know it.</summary>
    Task<GatewayTransaction?> GetTransactionAsync(string transactionId, CancellationToken ct);

    /// <summary>Gives back part or all of a captured transaction.</summary>
    Task<GatewayRefund> RefundAsync(GatewayRefundRequest request, CancellationToken ct);

    /// <summary>A cheap authenticated call that shows the provider is reachable with our credentials.</summary>
    Task<GatewayProbe> ProbeAsync(CancellationToken ct);
}

/// <summary>What the provider needs to open an order.</summary>
/// <param name="PaymentId">Our payment attempt (sent as the merchant reference).</param>
/// <param name="AmountCents">Amount in euro cents.</param>
/// <param name="Description">Shown to the customer on the payment page.</param>
public sealed record GatewayOrderRequest(Guid PaymentId, long AmountCents, string Description);

/// <summary>An order opened at the provider.</summary>
public sealed record GatewayOrder(string OrderCode, string? RedirectUrl);

/// <summary>What the provider says a transaction is.</summary>
public enum GatewayTransactionStatus
{
    /// <summary>Money moved (a payment taken, or a refund given).</summary>
    Completed,

    /// <summary>The bank declined or the transaction failed.</summary>
    Declined,

    /// <summary>Not finished yet.</summary>
    InProgress,

    /// <summary>A payment that was later refunded in full or in part.</summary>
    Refunded,

    /// <summary>Cancelled by the merchant, disputed, or anything else.</summary>
    Other,
}

/// <summary>A transaction as the provider records it.</summary>
public sealed record GatewayTransaction(string TransactionId, string? OrderCode, GatewayTransactionStatus Status, long AmountCents);

/// <summary>A refund to ask for.</summary>
/// <param name="OrderCode">The provider's order.</param>
/// <param name="TransactionId">The provider transaction that took the money.</param>
/// <param name="AmountCents">How much to give back.</param>
/// <param name="Reference">Our reference of the refund (e.g. a credit note), for the provider's records.</param>
public sealed record GatewayRefundRequest(string OrderCode, string TransactionId, long AmountCents, string Reference);

/// <summary>The provider's answer to a refund.</summary>
public sealed record GatewayRefund(bool Succeeded, string? RefundTransactionId, string Detail);

/// <summary>The result of a reachability probe.</summary>
public sealed record GatewayProbe(bool Ok, string Detail);

/// <summary>The provider could not be reached, timed out, or answered with an error.</summary>
public sealed class PaymentProviderException : Exception
{
    public PaymentProviderException()
    {
    }

    public PaymentProviderException(string message)
        : base(message)
    {
    }

    public PaymentProviderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
