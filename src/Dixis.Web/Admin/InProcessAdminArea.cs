using Dixis.Api.Features.Admin;
using Dixis.Api.Features.Catalog;
using Dixis.Api.Features.Gdpr;
using Dixis.Api.Features.Orders;
using Dixis.Api.Features.Sales;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Observability;
using Dixis.Web.Producer;
using static Dixis.Api.Features.Admin.ModerationEndpoints;

namespace Dixis.Web.Admin;

/// <summary>
/// Embedded mode: the moderation, order and sales handlers of the API, called in-process after the admin policy is
/// checked. These calls never pass through the API's staff access audit middleware, so each read or change of personal
/// data is recorded here, through the same <see cref="StaffAccessRecorder"/> and before the handler runs: the audit
/// log holds the row the same call over HTTP (<see cref="HttpAdminArea"/>) leaves.
/// </summary>
public sealed class InProcessAdminArea(IHttpContextAccessor accessor, IServiceProvider services, DixisDbContext db, StaffAccessRecorder audit) : IAdminArea
{
    private const string Admin = "/api/v1/admin";

    public async Task<IReadOnlyList<ModerationProducer>> ProducersAsync(string status, CancellationToken ct = default)
    {
        var admin = await AreaGuard.RequireAdminAsync(accessor);
        await audit.RecordAsync(admin, "AdminListProducers", $"GET {Admin}/producers", ct: ct);
        return InProcessAnswers.ValueOr<List<ModerationProducer>>(await ModerationEndpoints.ListProducers(status, db, ct), []);
    }

    public async Task<IReadOnlyList<ModerationProduct>> ProductsAsync(string status, CancellationToken ct = default)
    {
        await AreaGuard.RequireAdminAsync(accessor);
        return InProcessAnswers.ValueOr<List<ModerationProduct>>(await ModerationEndpoints.ListProducts(status, db, ct), []);
    }

    public async Task<AreaResult<object>> DecideProducerAsync(Guid id, bool approve, string? reason, CancellationToken ct = default)
    {
        var admin = await AreaGuard.RequireAdminAsync(accessor);
        var (endpoint, verb) = approve ? ("ApproveProducer", "approve") : ("RejectProducer", "reject");
        await audit.RecordAsync(admin, endpoint, $"POST {Admin}/producers/{id}/{verb}", id.ToString(), ct: ct);
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
        var admin = await AreaGuard.RequireAdminAsync(accessor);
        await audit.RecordAsync(admin, "ListAllOrders", $"GET {Admin}/orders", ct: ct);
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
