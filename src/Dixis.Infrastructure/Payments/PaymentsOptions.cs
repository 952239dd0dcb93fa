using Dixis.Domain.Pricing;

namespace Dixis.Infrastructure.Payments;

/// <summary>The <c>Payments</c> section (docs/configuration.md).</summary>
public sealed class PaymentsOptions
{
    public const string Section = "Payments";

    /// <summary>The card gateway: <c>sandbox</c> (default, development) or <c>viva</c>.</summary>
    public string Gateway { get; set; } = PaymentProviders.Sandbox;

    /// <summary>Whether checkout may offer cash on delivery.</summary>
    public bool CashOnDeliveryEnabled { get; set; } = true;

    /// <summary>The cash-on-delivery fee in euros, VAT included (the checkout adds it to the total).</summary>
    public decimal CashOnDeliveryFee { get; set; } = 2.50m;

    /// <summary>Open card attempts older than this are cancelled (<c>expired</c>) by the reconciliation job.</summary>
    public int PendingExpiryMinutes { get; set; } = 60;

    /// <summary>
    /// Prefix of the links Dixis itself serves for payments (the sandbox page), as the browser sees them, e.g.
    /// <c>https://dixis.gr</c>. Empty: relative links, right when the storefront and the API share one origin.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    public SandboxOptions Sandbox { get; set; } = new();

    public VivaOptions Viva { get; set; } = new();

    /// <summary>The fee in cents.</summary>
    public long CashOnDeliveryFeeCents => new Money(CashOnDeliveryFee).Cents;

    /// <summary>True when the sandbox page and webhook answer (always with the sandbox gateway).</summary>
    public bool SandboxEnabled => Sandbox.Enabled ?? Gateway == PaymentProviders.Sandbox;
}

/// <summary>The <c>Payments:Sandbox</c> section.</summary>
public sealed class SandboxOptions
{
    /// <summary>Serve the sandbox even when the card gateway is Viva (e.g. on a staging site). Default: only with the sandbox gateway.</summary>
    public bool? Enabled { get; set; }

    /// <summary>HMAC key of the sandbox webhook. Empty: a random key per process (fine while the page posts in-process).</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>Post the sandbox webhook over HTTP to this URL instead of in-process (e.g. through the proxy to any replica).</summary>
    public string WebhookUrl { get; set; } = "";

    /// <summary>How old a signature may be before the webhook is refused as a replay.</summary>
    public int SignatureToleranceSeconds { get; set; } = 300;
}

/// <summary>The <c>Payments:Viva</c> section. Defaults are Viva's demo environment.</summary>
public sealed class VivaOptions
{
    /// <summary>OAuth2 server (live: <c>https://accounts.vivapayments.com</c>).</summary>
    public string AccountsUrl { get; set; } = "https://demo-accounts.vivapayments.com";

    /// <summary>Checkout API (live: <c>https://api.vivapayments.com</c>).</summary>
    public string ApiUrl { get; set; } = "https://demo-api.vivapayments.com";

    /// <summary>Smart Checkout page and the Basic-auth API (live: <c>https://www.vivapayments.com</c>).</summary>
    public string CheckoutUrl { get; set; } = "https://demo.vivapayments.com";

    /// <summary>Smart Checkout client credentials (OAuth2).</summary>
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>Merchant ID and API key (Basic auth: webhook key, refunds).</summary>
    public string MerchantId { get; set; } = "";

    public string ApiKey { get; set; } = "";

    /// <summary>The 4-digit payment source whose success and failure URLs point to Dixis's return endpoints.</summary>
    public string SourceCode { get; set; } = "";

    /// <summary>The webhook verification key, when known; otherwise fetched from Viva once and kept.</summary>
    public string WebhookKey { get; set; } = "";

    /// <summary>Seconds the Smart Checkout order stays payable.</summary>
    public int PaymentTimeoutSeconds { get; set; } = 1800;

    /// <summary>Language of the Smart Checkout page.</summary>
    public string RequestLang { get; set; } = "el-GR";

    /// <summary>Timeout of each call to Viva.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>True when every credential is set.</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret) && !string.IsNullOrWhiteSpace(MerchantId)
        && !string.IsNullOrWhiteSpace(ApiKey) && !string.IsNullOrWhiteSpace(SourceCode);
}
