namespace Dixis.Infrastructure.Payments;

/// <summary>Why an attempt failed or was cancelled (<c>Payment.Reason</c>, <see cref="PaymentOutcome.Reason"/>).</summary>
public static class PaymentReasons
{
    /// <summary>The customer's bank declined.</summary>
    public const string Declined = "declined";

    /// <summary>The provider reported a technical failure.</summary>
    public const string Error = "error";

    /// <summary>The provider could not be reached to open the order.</summary>
    public const string ProviderUnavailable = "provider-unavailable";

    /// <summary>The customer cancelled on the payment page.</summary>
    public const string Customer = "customer";

    /// <summary>A newer attempt of the same checkout started, or another attempt paid.</summary>
    public const string Superseded = "superseded";

    /// <summary>Left open longer than <c>Payments:PendingExpiryMinutes</c>.</summary>
    public const string Expired = "expired";

    /// <summary>Cancelled by checkout or orders through <see cref="PaymentService.CancelAsync"/>.</summary>
    public const string Checkout = "checkout";
}
