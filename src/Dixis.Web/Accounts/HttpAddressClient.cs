using Dixis.Api.Features.Accounts;
using Dixis.Web.Orders;

namespace Dixis.Web.Accounts;

/// <summary>Production mode: the address API over HTTP with the shopper's session cookie.</summary>
public sealed class HttpAddressClient(ApiHttp api) : IAddressClient
{
    public async Task<IReadOnlyList<AddressResponse>> ListAsync(CancellationToken ct = default) =>
        api.HasShopperCookies ? (await api.SendAsync<List<AddressResponse>>(HttpMethod.Get, "api/v1/me/addresses", ct: ct)).Value ?? [] : [];

    public Task<ApiResult<AddressResponse>> CreateAsync(AddressRequest request, CancellationToken ct = default) =>
        api.SendAsync<AddressResponse>(HttpMethod.Post, "api/v1/me/addresses", request, ct);

    public Task<ApiResult<AddressResponse>> UpdateAsync(Guid id, AddressRequest request, CancellationToken ct = default) =>
        api.SendAsync<AddressResponse>(HttpMethod.Put, $"api/v1/me/addresses/{id}", request, ct);

    public Task<ApiResult<object>> DeleteAsync(Guid id, CancellationToken ct = default) =>
        api.SendAsync<object>(HttpMethod.Delete, $"api/v1/me/addresses/{id}", ct: ct);
}
