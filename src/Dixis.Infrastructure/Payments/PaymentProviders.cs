namespace Dixis.Infrastructure.Payments;

/// <summary>The provider names stored on payments, used in metrics and in <c>Payments:Gateway</c>.</summary>
public static class PaymentProviders
{
    /// <summary>Dixis's own pretend provider for development and tests (a hosted page, signed webhooks).</summary>
    public const string Sandbox = "sandbox";

    /// <summary>Viva Wallet Smart Checkout.</summary>
    public const string Viva = "viva";

    /// <summary>Cash on delivery: no provider, captured when the order is delivered.</summary>
    public const string CashOnDelivery = "cod";

    /// <summary>The providers that can take card payments (<c>Payments:Gateway</c>).</summary>
    public static readonly IReadOnlyList<string> CardGateways = [Sandbox, Viva];

    public static readonly IReadOnlyList<string> All = [Sandbox, Viva, CashOnDelivery];
}
