namespace Dixis.Domain.Payments;

/// <summary>What a provider (or Dixis itself, for cash on delivery and refunds) says happened to a payment.</summary>
public enum PaymentEventKind
{
    /// <summary>The amount is held on the card.</summary>
    Authorised,

    /// <summary>The amount was taken.</summary>
    Captured,

    /// <summary>The customer's bank said no.</summary>
    Declined,

    /// <summary>A technical failure at the provider ended the attempt.</summary>
    Failed,

    /// <summary>The attempt was abandoned, voided or expired before money moved.</summary>
    Cancelled,

    /// <summary>Part or all of the captured amount went back.</summary>
    Refunded,
}
