using Dixis.Api.Features.Orders;
using Dixis.Api.Features.Producers;
using Dixis.Api.Features.Sales;

namespace Dixis.Web.Producer;

/// <summary>
/// The signed-in producer's API as the producer area's pages use it: in-process when embedded, over HTTP (with the
/// browser's session cookie passed on) in production. Failures carry the API's problem in the shopper's language.
/// </summary>
public interface IProducerArea
{
    /// <summary>The producer's profile, or null before onboarding created one.</summary>
    Task<ProducerProfileResponse?> ProfileAsync(CancellationToken ct = default);

    Task<AreaResult<ProducerProfileResponse>> SaveProfileAsync(ProducerProfileRequest request, CancellationToken ct = default);

    Task<IReadOnlyList<ProducerDocumentResponse>> DocumentsAsync(CancellationToken ct = default);

    Task<AreaResult<ProducerDocumentResponse>> UploadDocumentAsync(string kind, IFormFile file, CancellationToken ct = default);

    Task<IReadOnlyList<OwnProductResponse>> ProductsAsync(CancellationToken ct = default);

    /// <summary>One own product with every editable field; null when it is not the producer's.</summary>
    Task<OwnProductDetail?> ProductAsync(Guid id, CancellationToken ct = default);

    Task<AreaResult<OwnProductResponse>> CreateProductAsync(ProductRequest request, CancellationToken ct = default);

    Task<AreaResult<OwnProductResponse>> UpdateProductAsync(Guid id, ProductRequest request, CancellationToken ct = default);

    Task<AreaResult<ProductImageResponse>> UploadImageAsync(Guid productId, IFormFile file, CancellationToken ct = default);

    /// <summary>The producer's orders, newest first, optionally of one status.</summary>
    Task<AreaResult<List<OrderResponse>>> OrdersAsync(string? status, CancellationToken ct = default);

    Task<AreaResult<OrderResponse>> MoveOrderAsync(Guid id, OrderStatusRequest request, CancellationToken ct = default);

    Task<AreaResult<ProducerSalesReport>> SalesAsync(string? from, string? to, CancellationToken ct = default);
}
