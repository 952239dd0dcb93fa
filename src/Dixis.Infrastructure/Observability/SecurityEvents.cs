using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Observability;

/// <summary>
/// Security events: a warning log line carrying <c>EventType=security</c> and <c>SecurityKind</c> (so log queries
/// can select them), and the counter <c>dixis_security_events_total{kind}</c>. Details never hold personal data.
/// </summary>
public sealed class SecurityEvents
{
    /// <summary>A webhook whose (provider, event id) was already processed.</summary>
    public const string WebhookReplay = "webhook_replay";

    /// <summary>A webhook that does not match the provider's own record or ours (amount, order, status).</summary>
    public const string WebhookTampered = "webhook_tampered";

    /// <summary>A webhook with a missing, wrong or expired signature.</summary>
    public const string WebhookBadSignature = "webhook_bad_signature";

    /// <summary>A webhook about an order code Dixis never created.</summary>
    public const string WebhookUnknownOrder = "webhook_unknown_order";

    /// <summary>A request refused by a rate limit (login, registration, search, checkout); the source names the limit.</summary>
    public const string RateLimited = "rate_limited";

    /// <summary>A wrong two-factor or recovery code at login, or when enabling or disabling two-factor.</summary>
    public const string TwoFactorFailed = "two_factor_failed";

    /// <summary>An admin without two-factor authentication reached for an admin endpoint.</summary>
    public const string TwoFactorMissing = "two_factor_missing";

    /// <summary>A log-in with a wrong password (or unknown e-mail).</summary>
    public const string LoginFailed = "login_failed";

    /// <summary>An account locked after too many failed attempts.</summary>
    public const string Lockout = "lockout";

    /// <summary>A re-authentication (before erasure) with a wrong password or two-factor code.</summary>
    public const string ReauthenticationFailed = "reauthentication_failed";

    /// <summary>A request without a valid session or token to an endpoint that needs one (401).</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>A signed-in request to an endpoint its role does not allow (403).</summary>
    public const string Forbidden = "forbidden";

    /// <summary>
    /// A bearer token or cookie that no longer holds: its account was erased, or its password, its two-factor setting
    /// or "sign out everywhere" changed the security stamp after it was issued. The request is served as anonymous.
    /// </summary>
    public const string RevokedSession = "revoked_session";

    private readonly Counter<long> _events;
    private readonly ILogger<SecurityEvents> _logger;

    public SecurityEvents(IMeterFactory meters, ILogger<SecurityEvents> logger)
    {
        _logger = logger;
        _events = meters.Create(DixisMetrics.MeterName).CreateCounter<long>("dixis.security.events", description: "Security events by kind.");
    }

    /// <summary>Counts and logs one event; <paramref name="source"/> is e.g. the payment provider.</summary>
    public void Record(string kind, string source, string detail)
    {
        _events.Add(1, new KeyValuePair<string, object?>("kind", kind));
        using (_logger.BeginScope(new Dictionary<string, object?> { ["EventType"] = "security", ["SecurityKind"] = kind }))
        {
            _logger.LogWarning("Security event {SecurityKind} from {Source}: {Detail}", kind, source, detail);
        }
    }
}
