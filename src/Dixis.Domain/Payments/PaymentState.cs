namespace Dixis.Domain.Payments;

/// <summary>Where one payment attempt stands. Allowed moves are in <see cref="PaymentStateMachine"/>.</summary>
public enum PaymentState
{
    /// <summary>Created; the person has not paid yet (or pays on delivery).</summary>
    Pending,

    /// <summary>The card was authorised; money is held, not yet taken.</summary>
    Authorised,

    /// <summary>The money was taken.</summary>
    Captured,

    /// <summary>The bank declined or the provider failed; this attempt is over.</summary>
    Failed,

    /// <summary>The person, Dixis or a timeout ended the attempt before any money moved.</summary>
    Cancelled,

    /// <summary>Every captured cent went back.</summary>
    Refunded,

    /// <summary>Some of the captured money went back.</summary>
    PartiallyRefunded,
}
