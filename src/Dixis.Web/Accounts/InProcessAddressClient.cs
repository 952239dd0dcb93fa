using Dixis.Api.Features.Accounts;
using Dixis.Infrastructure.Data;
using Dixis.Web.Orders;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dixis.Web.Accounts;

/// <summary>Embedded mode: the address endpoints' handlers with the shopper's login.</summary>
public sealed class InProcessAddressClient(IHttpContextAccessor accessor, DixisDbContext db) : IAddressClient
{
    private System.Security.Claims.ClaimsPrincipal User => accessor.HttpContext?.User ?? new();

    public async Task<IReadOnlyList<AddressResponse>> ListAsync(CancellationToken ct = default) =>
        (await AddressEndpoints.List(User, db, ct)).Result is Ok<List<AddressResponse>> ok ? ok.Value! : [];

    public async Task<ApiResult<AddressResponse>> CreateAsync(AddressRequest request, CancellationToken ct = default) =>
        InProcessResults.From<AddressResponse>(await AddressEndpoints.Create(request, User, db, ct));

    public async Task<ApiResult<AddressResponse>> UpdateAsync(Guid id, AddressRequest request, CancellationToken ct = default) =>
        InProcessResults.From<AddressResponse>(await AddressEndpoints.Update(id, request, User, db, ct));

    public async Task<ApiResult<object>> DeleteAsync(Guid id, CancellationToken ct = default) =>
        InProcessResults.From<object>(await AddressEndpoints.Delete(id, User, db, ct));
}
