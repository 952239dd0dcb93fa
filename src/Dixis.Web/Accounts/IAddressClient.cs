using Dixis.Api.Features.Accounts;
using Dixis.Web.Orders;

namespace Dixis.Web.Accounts;

/// <summary>The signed-in user's saved addresses (<c>/api/v1/me/addresses</c>): in-process when embedded, over HTTP in production.</summary>
public interface IAddressClient
{
    /// <summary>The addresses, default first; none for a guest.</summary>
    Task<IReadOnlyList<AddressResponse>> ListAsync(CancellationToken ct = default);

    Task<ApiResult<AddressResponse>> CreateAsync(AddressRequest request, CancellationToken ct = default);

    Task<ApiResult<AddressResponse>> UpdateAsync(Guid id, AddressRequest request, CancellationToken ct = default);

    Task<ApiResult<object>> DeleteAsync(Guid id, CancellationToken ct = default);
}
