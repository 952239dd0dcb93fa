namespace Dixis.Infrastructure.Payments;

/// <summary>The link back to the shop after a payment page, with what happened in its query.</summary>
public static class ReturnUrls
{
    /// <summary>Result words put in the <c>result</c> parameter.</summary>
    public const string Success = "success";
    public const string Declined = "declined";
    public const string Cancelled = "cancelled";
    public const string Failed = "failed";
    public const string Pending = "pending";

    /// <summary><paramref name="returnUrl"/> with <c>payment=&lt;id&gt;&amp;result=&lt;result&gt;</c> added (before any fragment).</summary>
    public static string With(string returnUrl, Guid paymentId, string result)
    {
        ArgumentNullException.ThrowIfNull(returnUrl);
        var hash = returnUrl.IndexOf('#', StringComparison.Ordinal);
        var (main, fragment) = hash < 0 ? (returnUrl, "") : (returnUrl[..hash], returnUrl[hash..]);
        var separator = main.Contains('?', StringComparison.Ordinal) ? (main.EndsWith('?') || main.EndsWith('&') ? "" : "&") : "?";
        return $"{main}{separator}payment={paymentId:D}&result={Uri.EscapeDataString(result)}{fragment}";
    }
}
