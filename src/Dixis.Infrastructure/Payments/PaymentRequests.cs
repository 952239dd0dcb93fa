namespace Dixis.Infrastructure.Payments;

/// <summary>What checkout asks for when the customer pays.</summary>
/// <param name="CheckoutGroupId">The checkout (all its producer orders) this payment covers.</param>
/// <param name="Method">Card (through <c>Payments:Gateway</c>) or cash on delivery.</param>
/// <param name="AmountCents">The total to pay in euro cents, VAT, shipping and any cash-on-delivery fee included.</param>
/// <param name="Description">Shown to the customer on the payment page, e.g. "Dixis – παραγγελία 2026-000123"; no personal data.</param>
/// <param name="ReturnUrl">Where the person lands afterwards: a path on our site (<c>/checkout/result</c>) or an absolute http(s) URL. Dixis adds <c>payment</c> and <c>result</c> to its query.</param>
public sealed record StartPaymentRequest(Guid CheckoutGroupId, PaymentMethod Method, long AmountCents, string Description, string ReturnUrl);

/// <summary>How a payment command ended.</summary>
public enum PaymentCommandStatus
{
    /// <summary>Done: the payment changed (or, for a start, a new attempt exists).</summary>
    Done,

    /// <summary>Already done before with the same request: nothing changed (safe to retry).</summary>
    AlreadyDone,

    /// <summary>The input breaks a rule; see <see cref="PaymentCommandResult.Errors"/> (field → message code).</summary>
    Invalid,

    /// <summary>No payment fits (no attempt of this checkout, or none in a state the command needs).</summary>
    NotFound,

    /// <summary>The checkout is already paid: no new attempt may start (answer 409 <c>payment.already-paid</c>).</summary>
    AlreadyPaid,

    /// <summary>Another attempt is in progress or the state does not allow it (answer 409 with <see cref="PaymentCommandResult.ErrorCode"/>).</summary>
    Conflict,

    /// <summary>The refund would give back more than was captured and not yet refunded.</summary>
    RefundExceedsCaptured,

    /// <summary>The provider could not be reached or refused; nothing was charged or refunded (answer 503, try again later).</summary>
    ProviderUnavailable,
}

/// <summary>The result of a payment command.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Payment">The attempt concerned, as it is now.</param>
/// <param name="ErrorCode">A message code of the API (<c>Messages.cs</c>) for 4xx/5xx answers.</param>
/// <param name="Errors">Field errors (field → message code) when <see cref="PaymentCommandStatus.Invalid"/>.</param>
public sealed record PaymentCommandResult(
    PaymentCommandStatus Status,
    PaymentView? Payment = null,
    string? ErrorCode = null,
    IReadOnlyDictionary<string, string>? Errors = null)
{
    /// <summary>Done or already done.</summary>
    public bool Succeeded => Status is PaymentCommandStatus.Done or PaymentCommandStatus.AlreadyDone;

    /// <summary>Where to send the person to pay; null for cash on delivery.</summary>
    public string? RedirectUrl => Payment?.RedirectUrl;
}
