using Dixis.Api.Features.Orders;
using Dixis.Api.Features.Sales;
using static Dixis.Api.Features.Admin.ModerationEndpoints;

namespace Dixis.Web.Admin;

/// <summary>The admin's API as the admin area's pages use it: in-process when embedded, over HTTP in production.</summary>
public interface IAdminArea
{
    /// <summary>Producers in a moderation state (pending, active, suspended, rejected).</summary>
    Task<IReadOnlyList<ModerationProducer>> ProducersAsync(string status, CancellationToken ct = default);

    /// <summary>Products in an approval state (pending, approved, rejected).</summary>
    Task<IReadOnlyList<ModerationProduct>> ProductsAsync(string status, CancellationToken ct = default);

    /// <summary>Approves, or rejects with a reason (required), a producer.</summary>
    Task<Producer.AreaResult<object>> DecideProducerAsync(Guid id, bool approve, string? reason, CancellationToken ct = default);

    /// <summary>Approves, or rejects with a reason (required), a product.</summary>
    Task<Producer.AreaResult<object>> DecideProductAsync(Guid id, bool approve, string? reason, CancellationToken ct = default);

    /// <summary>Orders across producers, newest first, optionally of one status.</summary>
    Task<Producer.AreaResult<List<OrderResponse>>> OrdersAsync(string? status, CancellationToken ct = default);

    Task<Producer.AreaResult<AdminSalesReport>> SalesAsync(string? from, string? to, CancellationToken ct = default);
}
