namespace Dixis.Infrastructure.Payments;

/// <summary>How the customer chose to pay at checkout.</summary>
public enum PaymentMethod
{
    /// <summary>Online by card through the configured gateway (<c>Payments:Gateway</c>: sandbox or viva).</summary>
    Card,

    /// <summary>Cash to the courier; the payment is captured when the checkout's orders are delivered.</summary>
    CashOnDelivery,
}
