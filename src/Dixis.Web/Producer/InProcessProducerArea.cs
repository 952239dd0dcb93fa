using System.Security.Claims;
using Dixis.Api.Features.Catalog;
using Dixis.Api.Features.Orders;
using Dixis.Api.Features.Producers;
using Dixis.Api.Features.Sales;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Observability;
using Dixis.Infrastructure.Orders;
using Dixis.Infrastructure.Payments;

namespace Dixis.Web.Producer;

/// <summary>Embedded mode: calls the API's own handlers and services, so rules, checks and errors are the API's.</summary>
public sealed class InProcessProducerArea(IHttpContextAccessor accessor, IServiceProvider services, DixisDbContext db, TimeProvider clock) : IProducerArea
{
    private ClaimsPrincipal User => AreaGuard.Require(accessor, Roles.Producer);

    private Guid UserId => OwnProducerEndpoints.UserId(User);

    public async Task<ProducerProfileResponse?> ProfileAsync(CancellationToken ct = default) =>
        InProcessAnswers.ValueOr<ProducerProfileResponse?>(await OwnProducerEndpoints.GetProfile(User, db, ct), null);

    public async Task<AreaResult<ProducerProfileResponse>> SaveProfileAsync(ProducerProfileRequest request, CancellationToken ct = default) =>
        InProcessAnswers.From<ProducerProfileResponse>(await OwnProducerEndpoints.PutProfile(request, User, db, clock, Get<CatalogQueries>(), ct));

    public async Task<IReadOnlyList<ProducerDocumentResponse>> DocumentsAsync(CancellationToken ct = default) =>
        await Get<ProducerUploads>().DocumentsAsync(UserId, ct);

    public async Task<AreaResult<ProducerDocumentResponse>> UploadDocumentAsync(string kind, IFormFile file, CancellationToken ct = default)
    {
        await using var content = file.OpenReadStream();
        var outcome = await Get<ProducerUploads>().AddDocumentAsync(UserId, kind, file.FileName, content, ct);
        return outcome.Value is { } document ? AreaResult.Ok(document) : InProcessAnswers.From<ProducerDocumentResponse>(ProducerUploadEndpoints.ToProblem(outcome));
    }

    public async Task<IReadOnlyList<OwnProductResponse>> ProductsAsync(CancellationToken ct = default) =>
        InProcessAnswers.ValueOr<List<OwnProductResponse>>(await OwnProducerEndpoints.ListProducts(User, db, ct), []);

    public Task<OwnProductDetail?> ProductAsync(Guid id, CancellationToken ct = default) => OwnProductDetails.FindAsync(db, UserId, id, ct);

    public async Task<AreaResult<OwnProductResponse>> CreateProductAsync(ProductRequest request, CancellationToken ct = default) =>
        InProcessAnswers.From<OwnProductResponse>(await OwnProducerEndpoints.CreateProduct(request, User, db, clock, Get<DixisMetrics>(), ct));

    public async Task<AreaResult<OwnProductResponse>> UpdateProductAsync(Guid id, ProductRequest request, CancellationToken ct = default) =>
        InProcessAnswers.From<OwnProductResponse>(
            await OwnProducerEndpoints.UpdateProduct(id, request, User, db, clock, Get<DixisMetrics>(), Get<CatalogQueries>(), ct));

    public async Task<AreaResult<ProductImageResponse>> UploadImageAsync(Guid productId, IFormFile file, CancellationToken ct = default)
    {
        await using var content = file.OpenReadStream();
        var outcome = await Get<ProducerUploads>().AddProductImageAsync(UserId, productId, content, alt: null, ct);
        return outcome.Value is { } image ? AreaResult.Ok(image) : InProcessAnswers.From<ProductImageResponse>(ProducerUploadEndpoints.ToProblem(outcome));
    }

    public async Task<AreaResult<List<OrderResponse>>> OrdersAsync(string? status, CancellationToken ct = default) =>
        InProcessAnswers.From<List<OrderResponse>>(await ProducerOrderEndpoints.List(status, User, db, ct));

    public async Task<AreaResult<OrderResponse>> MoveOrderAsync(Guid id, OrderStatusRequest request, CancellationToken ct = default) =>
        InProcessAnswers.From<OrderResponse>(await ProducerOrderEndpoints.Move(id, request, User, db, Get<OrderLifecycle>(), Get<PaymentService>(), ct));

    public async Task<AreaResult<ProducerSalesReport>> SalesAsync(string? from, string? to, CancellationToken ct = default) =>
        InProcessAnswers.From<ProducerSalesReport>(await SalesEndpoints.ProducerSales(from, to, User, db, Get<SalesQueries>(), ct));

    // Resolved when a call needs them: most pages make one or two calls.
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();
}
