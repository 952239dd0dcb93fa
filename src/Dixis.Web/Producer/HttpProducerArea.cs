using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dixis.Api.Features.Orders;
using Dixis.Api.Features.Producers;
using Dixis.Api.Features.Sales;
using Dixis.Web.Hosting;

namespace Dixis.Web.Producer;

/// <summary>Production mode: the producer endpoints of the API over HTTP, with the browser's session (see <see cref="SessionForwardingHandler"/>).</summary>
public sealed class HttpProducerArea(HttpClient http) : IProducerArea
{
    public async Task<ProducerProfileResponse?> ProfileAsync(CancellationToken ct = default)
    {
        using var response = await http.GetAsync("api/v1/producer/profile", ct);
        return await ApiAnswers.ReadOrNullAsync<ProducerProfileResponse>(response, ct);
    }

    public async Task<AreaResult<ProducerProfileResponse>> SaveProfileAsync(ProducerProfileRequest request, CancellationToken ct = default)
    {
        using var response = await http.PutAsJsonAsync("api/v1/producer/profile", request, ct);
        return await ApiAnswers.ReadAsync<ProducerProfileResponse>(response, ct);
    }

    public async Task<IReadOnlyList<ProducerDocumentResponse>> DocumentsAsync(CancellationToken ct = default)
    {
        using var response = await http.GetAsync("api/v1/producer/documents", ct);
        return (await ApiAnswers.ReadAsync<List<ProducerDocumentResponse>>(response, ct)).Value ?? [];
    }

    public async Task<AreaResult<ProducerDocumentResponse>> UploadDocumentAsync(string kind, IFormFile file, CancellationToken ct = default)
    {
        using var form = Form(file);
        form.Add(new StringContent(kind), "kind");
        using var response = await http.PostAsync("api/v1/producer/documents", form, ct);
        return await ApiAnswers.ReadAsync<ProducerDocumentResponse>(response, ct);
    }

    public async Task<IReadOnlyList<OwnProductResponse>> ProductsAsync(CancellationToken ct = default)
    {
        using var response = await http.GetAsync("api/v1/producer/products", ct);
        return await ApiAnswers.ReadOrNullAsync<List<OwnProductResponse>>(response, ct) ?? [];
    }

    public async Task<OwnProductDetail?> ProductAsync(Guid id, CancellationToken ct = default)
    {
        using var response = await http.GetAsync($"api/v1/producer/products/{id}", ct);
        return await ApiAnswers.ReadOrNullAsync<OwnProductDetail>(response, ct);
    }

    public async Task<AreaResult<OwnProductResponse>> CreateProductAsync(ProductRequest request, CancellationToken ct = default)
    {
        using var response = await http.PostAsJsonAsync("api/v1/producer/products", request, ct);
        return await ApiAnswers.ReadAsync<OwnProductResponse>(response, ct);
    }

    public async Task<AreaResult<OwnProductResponse>> UpdateProductAsync(Guid id, ProductRequest request, CancellationToken ct = default)
    {
        using var response = await http.PutAsJsonAsync($"api/v1/producer/products/{id}", request, ct);
        return await ApiAnswers.ReadAsync<OwnProductResponse>(response, ct);
    }

    public async Task<AreaResult<ProductImageResponse>> UploadImageAsync(Guid productId, IFormFile file, CancellationToken ct = default)
    {
        using var form = Form(file);
        using var response = await http.PostAsync($"api/v1/producer/products/{productId}/images", form, ct);
        return await ApiAnswers.ReadAsync<ProductImageResponse>(response, ct);
    }

    public async Task<AreaResult<List<OrderResponse>>> OrdersAsync(string? status, CancellationToken ct = default)
    {
        using var response = await http.GetAsync(new UrlBuilder("api/v1/producer/orders").Add("status", status).ToString(), ct);
        return await ApiAnswers.ReadAsync<List<OrderResponse>>(response, ct);
    }

    public async Task<AreaResult<OrderResponse>> MoveOrderAsync(Guid id, OrderStatusRequest request, CancellationToken ct = default)
    {
        using var response = await http.PostAsJsonAsync($"api/v1/producer/orders/{id}/status", request, ct);
        return await ApiAnswers.ReadAsync<OrderResponse>(response, ct);
    }

    public async Task<AreaResult<ProducerSalesReport>> SalesAsync(string? from, string? to, CancellationToken ct = default)
    {
        using var response = await http.GetAsync(new UrlBuilder("api/v1/producer/sales").Add("from", from).Add("to", to).ToString(), ct);
        return await ApiAnswers.ReadAsync<ProducerSalesReport>(response, ct);
    }

    private static MultipartFormDataContent Form(IFormFile file)
    {
        var content = new StreamContent(file.OpenReadStream());
        content.Headers.ContentType = MediaTypeHeaderValue.TryParse(file.ContentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { content, "file", string.IsNullOrWhiteSpace(file.FileName) ? "file" : file.FileName } };
    }
}
