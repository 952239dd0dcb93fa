namespace Dixis.Infrastructure.Invoicing.MyData;

/// <summary>
/// Section <c>MyData</c>: the AADE myDATA REST API (ERP channel). Without a user id and subscription key nothing
/// is sent: documents stay Pending and <c>/api/v1/greek/health</c> says so.
/// </summary>
public sealed class MyDataOptions
{
    public const string Section = "MyData";

    /// <summary>AADE's test environment by default; production is <c>https://mydatapi.aade.gr/myDATA</c>.</summary>
    public string BaseUrl { get; set; } = "https://mydataapidev.aade.gr";

    /// <summary>The myDATA user name (header <c>aade-user-id</c>).</summary>
    public string UserId { get; set; } = "";

    /// <summary>The subscription key (header <c>Ocp-Apim-Subscription-Key</c>); a secret: use <c>MyData__SubscriptionKey_FILE</c>.</summary>
    public string SubscriptionKey { get; set; } = "";

    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Whether documents can be sent.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(BaseUrl) && !string.IsNullOrWhiteSpace(UserId) && !string.IsNullOrWhiteSpace(SubscriptionKey);
}
