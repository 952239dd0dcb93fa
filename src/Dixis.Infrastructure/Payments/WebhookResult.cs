namespace Dixis.Infrastructure.Payments;

/// <summary>How a webhook request ended, for the endpoint to answer.</summary>
public enum WebhookStatus
{
    /// <summary>Recorded and processed (whatever the outcome): answer 200 so the provider stops redelivering.</summary>
    Accepted,

    /// <summary>Missing, wrong or expired signature: answer 401; nothing was recorded.</summary>
    Unauthorized,

    /// <summary>Not the provider's format: answer 400; nothing was recorded.</summary>
    Malformed,

    /// <summary>This provider is not enabled on this site: answer 404.</summary>
    Disabled,
}

/// <summary>The endpoint's answer to a webhook, with the receipt when it was accepted.</summary>
public sealed record WebhookResult(WebhookStatus Status, NotificationReceipt? Receipt = null);
