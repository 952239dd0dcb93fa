using System.Net.Http.Json;
using Dixis.Api.Features.Orders;
using Dixis.Api.Features.Sales;
using Dixis.Web.Hosting;
using Dixis.Web.Producer;
using static Dixis.Api.Features.Admin.ModerationEndpoints;

namespace Dixis.Web.Admin;

/// <summary>Production mode: the admin endpoints of the API over HTTP, with the browser's session (see <see cref="SessionForwardingHandler"/>).</summary>
public sealed class HttpAdminArea(HttpClient http) : IAdminArea
{
    public async Task<IReadOnlyList<ModerationProducer>> ProducersAsync(string status, CancellationToken ct = default)
    {
        using var response = await http.GetAsync(new UrlBuilder("api/v1/admin/producers").Add("status", status).ToString(), ct);
        return (await ApiAnswers.ReadAsync<List<ModerationProducer>>(response, ct)).Value ?? [];
    }

    public async Task<IReadOnlyList<ModerationProduct>> ProductsAsync(string status, CancellationToken ct = default)
    {
        using var response = await http.GetAsync(new UrlBuilder("api/v1/admin/products").Add("status", status).ToString(), ct);
        return (await ApiAnswers.ReadAsync<List<ModerationProduct>>(response, ct)).Value ?? [];
    }

    public Task<AreaResult<object>> DecideProducerAsync(Guid id, bool approve, string? reason, CancellationToken ct = default) =>
        DecideAsync($"api/v1/admin/producers/{id}", approve, reason, ct);

    public Task<AreaResult<object>> DecideProductAsync(Guid id, bool approve, string? reason, CancellationToken ct = default) =>
        DecideAsync($"api/v1/admin/products/{id}", approve, reason, ct);

    public async Task<AreaResult<List<OrderResponse>>> OrdersAsync(string? status, CancellationToken ct = default)
    {
        using var response = await http.GetAsync(new UrlBuilder("api/v1/admin/orders").Add("status", status).ToString(), ct);
        return await ApiAnswers.ReadAsync<List<OrderResponse>>(response, ct);
    }

    public async Task<AreaResult<AdminSalesReport>> SalesAsync(string? from, string? to, CancellationToken ct = default)
    {
        using var response = await http.GetAsync(new UrlBuilder("api/v1/admin/sales").Add("from", from).Add("to", to).ToString(), ct);
        return await ApiAnswers.ReadAsync<AdminSalesReport>(response, ct);
    }

    private async Task<AreaResult<object>> DecideAsync(string path, bool approve, string? reason, CancellationToken ct)
    {
        using var response = approve
            ? await http.PostAsync(path + "/approve", content: null, ct)
            : await http.PostAsJsonAsync(path + "/reject", new RejectRequest(reason), ct);
        return await ApiAnswers.ReadAsync<object>(response, ct);
    }
}
