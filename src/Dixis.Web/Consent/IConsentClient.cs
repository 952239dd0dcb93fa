using Dixis.Api.Features.Gdpr;

namespace Dixis.Web.Consent;

/// <summary>
/// The consent API as the storefront uses it: in-process when embedded, over HTTP in production. Both keep the
/// visitor's anonymous consent cookie (<c>dixis.consent</c>) on the browser, so the choice is remembered either way.
/// </summary>
public interface IConsentClient
{
    /// <summary>The current request's consent state (signed in or anonymous).</summary>
    Task<ConsentsResponse> GetAsync(CancellationToken ct = default);

    /// <summary>Records the visitor's choice from the banner or the preferences page (source <c>web</c>).</summary>
    Task SaveAsync(bool analytics, bool marketing, CancellationToken ct = default);
}
