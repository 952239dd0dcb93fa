using Dixis.Api.Features.Admin;
using Dixis.Api.Features.Catalog;
using Dixis.Api.Features.Orders;
using Dixis.Api.Features.Sales;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Observability;
using Dixis.Web.Producer;
using static Dixis.Api.Features.Admin.ModerationEndpoints;

namespace Dixis.Web.Admin;

/// <summary>Embedded mode: the moderation, order and sales handlers of the API, called in-process after the admin role is checked.</summary>
public sealed class InProcessAdminArea(IHttpContextAccessor accessor, IServiceProvider services, DixisDbContext db) : IAdminArea
{
    public async Task<IReadOnlyList<ModerationProducer>> ProducersAsync(string status, CancellationToken ct = default)
    {
        await AreaGuard.RequireAdminAsync(accessor);
        return InProcessAnswers.ValueOr<List<ModerationProducer>>(await ModerationEndpoints.ListProducers(status, db, ct), []);
    }

    public async Task<IReadOnlyList<ModerationProduct>> ProductsAsync(string status, CancellationToken ct = default)
    {
        await AreaGuard.RequireAdminAsync(accessor);
        return InProcessAnswers.ValueOr<List<ModerationProduct>>(await ModerationEndpoints.ListProducts(status, db, ct), []);
    }

    public async Task<AreaResult<object>> DecideProducerAsync(Guid id, bool approve, string? reason, CancellationToken ct = default)
    {
        await AreaGuard.RequireAdminAsync(accessor);
        var (metrics, catalog) = (Get<DixisMetrics>(), Get<CatalogQueries>());
        return InProcessAnswers.From<object>(approve
            ? await ModerationEndpoints.ApproveProducer(id, db, metrics, catalog, ct)
            : await ModerationEndpoints.RejectProducer(id, new RejectRequest(reason), db, metrics, catalog, ct));
    }

    public async Task<AreaResult<object>> DecideProductAsync(Guid id, bool approve, string? reason, CancellationToken ct = default)
    {
        await AreaGuard.RequireAdminAsync(accessor);
        var (metrics, catalog) = (Get<DixisMetrics>(), Get<CatalogQueries>());
        return InProcessAnswers.From<object>(approve
            ? await ModerationEndpoints.ApproveProduct(id, db, metrics, catalog, ct)
            : await ModerationEndpoints.RejectProduct(id, new RejectRequest(reason), db, metrics, catalog, ct));
    }

    public async Task<AreaResult<List<OrderResponse>>> OrdersAsync(string? status, CancellationToken ct = default)
    {
        await AreaGuard.RequireAdminAsync(accessor);
        return InProcessAnswers.From<List<OrderResponse>>(await OrderEndpoints.ListAll(status, db, ct));
    }

    public async Task<AreaResult<AdminSalesReport>> SalesAsync(string? from, string? to, CancellationToken ct = default)
    {
        await AreaGuard.RequireAdminAsync(accessor);
        return InProcessAnswers.From<AdminSalesReport>(await SalesEndpoints.AdminSales(from, to, Get<SalesQueries>(), ct));
    }

    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();
}
