using Dixis.Api.Features.Gdpr;
using Dixis.Infrastructure.Gdpr;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dixis.Web.Consent;

/// <summary>Embedded mode: calls the consent endpoints' own handlers on the page's request (its cookies, its user).</summary>
public sealed class InProcessConsentClient(IHttpContextAccessor accessor, ConsentLedger ledger, GdprOptions options) : IConsentClient
{
    public async Task<ConsentsResponse> GetAsync(CancellationToken ct = default) =>
        (await ConsentEndpoints.Get(Context, ledger, options, ct)).Value!;

    public async Task SaveAsync(bool analytics, bool marketing, CancellationToken ct = default)
    {
        var result = await ConsentEndpoints.Put(new ConsentsRequest(true, analytics, marketing, ConsentEndpoints.SourceWeb), Context, ledger, options, ct);
        if (result.Result is not Ok<ConsentsResponse>)
        {
            throw new InvalidOperationException("The storefront's consent form sent an invalid choice.");
        }
    }

    private HttpContext Context => accessor.HttpContext ?? throw new InvalidOperationException("Consent is read within a request.");
}
