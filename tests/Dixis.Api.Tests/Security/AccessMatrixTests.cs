using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Api.Tests.Orders;
using Dixis.Domain.Vat;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Security;

/// <summary>
/// Every endpoint of the API called as anonymous, a consumer, another consumer, a producer, another producer and an
/// admin (with two-factor), with the answer each must get. The consumer owns the order, checkout and invoice used in the
/// URLs; the producer owns the product, the producer profile and sells that order. Another consumer's or producer's
/// resources answer 404 (no IDOR: not even their existence is confirmed).
/// <para>
/// <b>Adding an endpoint</b>: <see cref="Endpoints_without_a_row_fail_the_build"/> fails until the endpoint has a row in
/// <see cref="Matrix"/>. A row is one line: <c>R(method, route pattern as mapped, URL to call, "anon consumer other-consumer
/// producer other-producer admin")</c>, each answer one of <c>401</c>, <c>403</c>, <c>404</c>, <c>ok</c> (the handler ran:
/// 2xx, 3xx, 400, 409 or 422) or <c>any</c> (a public or own-scope endpoint: anything but 401, 403 and 5xx). URLs may use
/// <c>{order} {checkout} {invoice} {payment} {product} {producer} {tracking} {address} {export}</c>. Bodies are <c>{}</c> unless given (<c>multipart</c>: a form with a file that is no image, for uploads): the
/// point is who gets past authorisation, not the handler's own checks, and nothing is changed on the way (but by the
/// last row, "sign out everywhere", which ends the callers' sessions once nothing else needs them).
/// </para>
/// </summary>
public sealed class AccessMatrixTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private const string Multipart = "multipart";

    private static readonly string[] Callers = ["anonymous", "consumer", "other consumer", "producer", "other producer", "admin"];

    /// <summary>One row per endpoint (method + route pattern).</summary>
    public static readonly AccessRow[] Matrix =
    [
        // Catalogue, search, Greek rules, media: public.
        R("GET", "/api/v1/products", "/api/v1/products?search=meli", "ok ok ok ok ok ok"),
        R("GET", "/api/v1/products/{idOrSlug}", "/api/v1/products/{product}", "ok ok ok ok ok ok"),
        R("GET", "/api/v1/categories", "/api/v1/categories", "ok ok ok ok ok ok"),
        R("GET", "/api/v1/search", "/api/v1/search?q=meli", "ok ok ok ok ok ok"),
        R("GET", "/api/v1/search/suggest", "/api/v1/search/suggest?q=mel", "ok ok ok ok ok ok"),
        R("GET", "/api/v1/producers", "/api/v1/producers", "ok ok ok ok ok ok"),
        R("GET", "/api/v1/producers/{idOrSlug}", "/api/v1/producers/{producer}", "ok ok ok ok ok ok"),
        R("GET", "/api/v1/greek/afm/{afm}", "/api/v1/greek/afm/094014201", "ok ok ok ok ok ok"),
        R("GET", "/api/v1/greek/postal-codes/{code}", "/api/v1/greek/postal-codes/10557", "ok ok ok ok ok ok"),
        R("GET", "/api/v1/greek/vat", "/api/v1/greek/vat?rateClass=reduced&sellerPostalCode=10557&deliveryPostalCode=10557", "ok ok ok ok ok ok"),
        R("GET", "/api/v1/media/products/{file}", "/api/v1/media/products/missing.webp", "any any any any any any"),

        // Health, metrics, OpenAPI: public here; the proxy keeps metrics off the internet.
        R("*", "/api/v1/health", "/api/v1/health", "ok ok ok ok ok ok"),
        R("*", "/api/v1/health/live", "/api/v1/health/live", "ok ok ok ok ok ok"),
        R("GET", "/api/v1/greek/health", "/api/v1/greek/health", "ok ok ok ok ok ok"),
        R("GET", "/api/v1/payment/health", "/api/v1/payment/health", "ok ok ok ok ok ok"),
        R("*", "/api/v1/metrics", "/api/v1/metrics", "ok ok ok ok ok ok"),
        R("GET", "/api/v1/openapi.json", "/api/v1/openapi.json", "ok ok ok ok ok ok"),

        // Accounts and two-factor.
        R("POST", "/api/v1/accounts/register", "/api/v1/accounts/register", "ok ok ok ok ok ok"),
        R("POST", "/api/v1/accounts/login", "/api/v1/accounts/login", "ok ok ok ok ok ok"),
        R("POST", "/api/v1/accounts/logout", "/api/v1/accounts/logout", "401 ok ok ok ok ok"),
        R("GET", "/api/v1/accounts/me", "/api/v1/accounts/me", "401 ok ok ok ok ok"),
        R("GET", "/api/v1/me/2fa", "/api/v1/me/2fa", "401 ok ok ok ok ok"),
        R("POST", "/api/v1/me/2fa/setup", "/api/v1/me/2fa/setup", "401 ok ok ok ok ok"),
        R("POST", "/api/v1/me/2fa/enable", "/api/v1/me/2fa/enable", "401 ok ok ok ok ok"),
        R("POST", "/api/v1/me/2fa/disable", "/api/v1/me/2fa/disable", "401 ok ok ok ok ok"),
        R("POST", "/api/v1/me/2fa/recovery-codes", "/api/v1/me/2fa/recovery-codes", "401 ok ok ok ok ok"),
        R("POST", "/api/v1/me/password", "/api/v1/me/password", "401 ok ok ok ok ok"),

        // Saved addresses: the owner's only (PUT before DELETE: the consumer's DELETE removes the address).
        R("GET", "/api/v1/me/addresses", "/api/v1/me/addresses", "401 ok ok ok ok ok"),
        R("POST", "/api/v1/me/addresses", "/api/v1/me/addresses", "401 ok ok ok ok ok"),
        R("PUT", "/api/v1/me/addresses/{id:guid}", "/api/v1/me/addresses/{address}", "401 ok 404 404 404 404"),
        R("DELETE", "/api/v1/me/addresses/{id:guid}", "/api/v1/me/addresses/{address}", "401 ok 404 404 404 404"),

        // GDPR: consents (anonymous visitors by their consent cookie), export (the owner's only), erasure (re-authenticated).
        R("GET", "/api/v1/me/consents", "/api/v1/me/consents", "ok ok ok ok ok ok"),
        R("PUT", "/api/v1/me/consents", "/api/v1/me/consents", "ok ok ok ok ok ok"),
        R("POST", "/api/v1/me/export", "/api/v1/me/export", "401 ok ok ok ok ok"),
        R("GET", "/api/v1/me/export/{id:guid}", "/api/v1/me/export/{export}", "401 ok 404 404 404 404"),
        R("DELETE", "/api/v1/me", "/api/v1/me", "401 ok ok ok ok ok"),

        // Cart: everyone has their own (guest carts by token), so there is no one else's to reach.
        R("GET", "/api/v1/cart/", "/api/v1/cart/", "ok ok ok ok ok ok"),
        R("POST", "/api/v1/cart/items", "/api/v1/cart/items", "ok ok ok ok ok ok"),
        R("PATCH", "/api/v1/cart/items/{productId:guid}", "/api/v1/cart/items/{product}", "any any any any any any"),
        R("DELETE", "/api/v1/cart/items/{productId:guid}", "/api/v1/cart/items/{product}", "any any any any any any"),
        R("DELETE", "/api/v1/cart/", "/api/v1/cart/", "any any any any any any"),
        R("POST", "/api/v1/shipping/quote", "/api/v1/shipping/quote", "ok ok ok ok ok ok"),

        // Checkout and the buyer's orders.
        R("POST", "/api/v1/checkout", "/api/v1/checkout", "ok ok ok ok ok ok"),
        // A signed-in buyer's checkout answers only to that buyer (a guest's answers to whoever holds its id).
        R("GET", "/api/v1/checkout/{id:guid}", "/api/v1/checkout/{checkout}", "404 ok 404 404 404 404"),
        R("POST", "/api/v1/checkout/{id:guid}/pay", "/api/v1/checkout/{checkout}/pay", "404 ok 404 404 404 404"),
        R("GET", "/api/v1/orders/", "/api/v1/orders/", "401 ok ok ok ok ok"),
        R("GET", "/api/v1/orders/{id:guid}", "/api/v1/orders/{order}", "401 ok 404 404 404 404"),
        R("GET", "/api/v1/orders/track/{token}", "/api/v1/orders/track/{tracking}", "ok ok ok ok ok ok"),
        R("GET", "/api/v1/invoices/{id:guid}", "/api/v1/invoices/{invoice}", "401 ok 404 ok 404 ok"),
        R("GET", "/api/v1/invoices/{id:guid}/pdf", "/api/v1/invoices/{invoice}/pdf", "401 ok 404 ok 404 ok"),

        // Payments: webhooks and the sandbox page are authenticated by signature or by the payment's id, not by a session.
        R("POST", "/api/v1/payments/webhooks/sandbox", "/api/v1/payments/webhooks/sandbox", "401 401 401 401 401 401"),
        R("GET", "/api/v1/payments/webhooks/viva", "/api/v1/payments/webhooks/viva", "any any any any any any"),
        R("POST", "/api/v1/payments/webhooks/viva", "/api/v1/payments/webhooks/viva", "any any any any any any"),
        R("GET", "/api/v1/payments/return/viva/success", "/api/v1/payments/return/viva/success", "any any any any any any"),
        R("GET", "/api/v1/payments/return/viva/failure", "/api/v1/payments/return/viva/failure", "any any any any any any"),
        R("GET", "/api/v1/payments/sandbox/page.css", "/api/v1/payments/sandbox/page.css", "ok ok ok ok ok ok"),
        R("GET", "/api/v1/payments/sandbox/{id:guid}", "/api/v1/payments/sandbox/{payment}", "any any any any any any"),
        R("POST", "/api/v1/payments/sandbox/{id:guid}/{choice}", "/api/v1/payments/sandbox/{payment}/refund", "any any any any any any"),

        // Producer area: the signed-in producer's own data only.
        R("GET", "/api/v1/producer/profile", "/api/v1/producer/profile", "401 403 403 ok ok 403"),
        R("PUT", "/api/v1/producer/profile", "/api/v1/producer/profile", "401 403 403 ok ok 403"),
        R("GET", "/api/v1/producer/products", "/api/v1/producer/products", "401 403 403 ok ok 403"),
        R("POST", "/api/v1/producer/products", "/api/v1/producer/products", "401 403 403 ok ok 403"),
        R("PUT", "/api/v1/producer/products/{id:guid}", "/api/v1/producer/products/{product}", "401 403 403 ok 404 403"),
        R("GET", "/api/v1/producer/orders/", "/api/v1/producer/orders/", "401 403 403 ok ok 403"),
        R("GET", "/api/v1/producer/orders/{id:guid}", "/api/v1/producer/orders/{order}", "401 403 403 ok 404 403"),
        R("POST", "/api/v1/producer/orders/{id:guid}/status", "/api/v1/producer/orders/{order}/status", "401 403 403 ok 404 403", "{\"status\":\"delivered\"}"),
        R("GET", "/api/v1/producer/settlements", "/api/v1/producer/settlements", "401 403 403 ok ok 403"),
        R("GET", "/api/v1/producer/products/{id:guid}", "/api/v1/producer/products/{product}", "401 403 403 ok 404 403"),
        R("POST", "/api/v1/producer/products/{id:guid}/images", "/api/v1/producer/products/{product}/images", "401 403 403 ok 404 403", Multipart),
        R("GET", "/api/v1/producer/documents", "/api/v1/producer/documents", "401 403 403 ok ok 403"),
        R("POST", "/api/v1/producer/documents", "/api/v1/producer/documents", "401 403 403 ok ok 403", Multipart),
        R("GET", "/api/v1/producer/sales", "/api/v1/producer/sales?from=2026-01-01&to=2026-01-31", "401 403 403 ok ok 403"),

        // Admin: role admin and two-factor on.
        R("GET", "/api/v1/admin/producers", "/api/v1/admin/producers", "401 403 403 403 403 ok"),
        R("POST", "/api/v1/admin/producers/{id:guid}/approve", "/api/v1/admin/producers/{producer}/approve", "401 403 403 403 403 ok"),
        R("POST", "/api/v1/admin/producers/{id:guid}/reject", "/api/v1/admin/producers/{producer}/reject", "401 403 403 403 403 ok"),
        R("GET", "/api/v1/admin/products", "/api/v1/admin/products", "401 403 403 403 403 ok"),
        R("POST", "/api/v1/admin/products/{id:guid}/approve", "/api/v1/admin/products/{product}/approve", "401 403 403 403 403 ok"),
        R("POST", "/api/v1/admin/products/{id:guid}/reject", "/api/v1/admin/products/{product}/reject", "401 403 403 403 403 ok"),
        R("GET", "/api/v1/admin/orders", "/api/v1/admin/orders", "401 403 403 403 403 ok"),
        R("POST", "/api/v1/admin/orders/{id:guid}/status", "/api/v1/admin/orders/{order}/status", "401 403 403 403 403 ok", "{\"status\":\"delivered\"}"),
        R("GET", "/api/v1/admin/settlements/", "/api/v1/admin/settlements/?month=2026-01", "401 403 403 403 403 ok"),
        R("GET", "/api/v1/admin/settlements/export.csv", "/api/v1/admin/settlements/export.csv?month=2026-01", "401 403 403 403 403 ok"),
        R("POST", "/api/v1/admin/settlements/run", "/api/v1/admin/settlements/run", "401 403 403 403 403 ok"),
        R("GET", "/api/v1/admin/sales", "/api/v1/admin/sales?from=2026-01-01&to=2026-01-31", "401 403 403 403 403 ok"),
        R("GET", "/api/v1/admin/audit", "/api/v1/admin/audit", "401 403 403 403 403 ok"),
        R("*", "/admin/jobs/{**path}", "/admin/jobs", "401 403 403 403 403 ok"),

        // Last: it ends the caller's every session (the one change this matrix makes on purpose).
        R("POST", "/api/v1/me/sessions/revoke", "/api/v1/me/sessions/revoke", "401 ok ok ok ok ok"),
    ];

    [Fact]
    public async Task Every_endpoint_answers_each_caller_as_the_matrix_says()
    {
        var world = await World.CreateAsync(fixture);
        var failures = new StringBuilder();
        foreach (var row in Matrix)
        {
            for (var i = 0; i < Callers.Length; i++)
            {
                using var client = fixture.Client("en", world.Tokens[i]);
                var method = row.Method == "*" ? "GET" : row.Method;
                using var request = new HttpRequestMessage(new HttpMethod(method), world.Fill(row.Url));
                if (row.Body == Multipart)
                {
                    // Upload endpoints read a form: without one they answer 415 before authorisation is asked.
                    request.Content = new MultipartFormDataContent
                    {
                        { new StringContent("other"), "kind" },
                        { new ByteArrayContent("not an image"u8.ToArray()), "file", "matrix.png" },
                    };
                }
                else if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new StringContent(row.Body, Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                if (!Matches(row.Expected[i], status))
                {
                    failures.AppendLine($"{row.Method} {row.Route} as {Callers[i]}: expected {row.Expected[i]}, got {status}");
                }
            }
        }

        Assert.True(failures.Length == 0, "access matrix mismatches:\n" + failures);
    }

    [Fact]
    public void Endpoints_without_a_row_fail_the_build()
    {
        var mapped = fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => $"{m} {Normalise(e.RoutePattern.RawText)}"))
            .ToHashSet(StringComparer.Ordinal);
        var rows = Matrix.Select(r => $"{r.Method} {Normalise(r.Route)}").ToHashSet(StringComparer.Ordinal);

        var missing = mapped.Except(rows).Order().ToList();
        Assert.True(missing.Count == 0, "endpoints missing from the access matrix (add a row to AccessMatrixTests.Matrix):\n" + string.Join("\n", missing));
        var stale = rows.Except(mapped).Order().ToList();
        Assert.True(stale.Count == 0, "matrix rows without an endpoint:\n" + string.Join("\n", stale));
    }

    // Group routes mapped with "" keep the group's trailing slash in their pattern; a row need not care.
    private static string Normalise(string? route) => "/" + (route ?? string.Empty).Trim('/');

    private static bool Matches(string expected, int status) => expected switch
    {
        "ok" => status is (>= 200 and < 400) or 400 or 409 or 422,
        "any" => status is not (401 or 403) && status < 500,
        _ => status == int.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static AccessRow R(string method, string route, string url, string expected, string body = "{}")
    {
        var answers = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (answers.Length != Callers.Length)
        {
            throw new ArgumentException($"{method} {route}: {answers.Length} answers for {Callers.Length} callers");
        }

        return new AccessRow(method, route, url, answers, body);
    }

    /// <summary>One endpoint's row: the answers in the order of <see cref="Callers"/>.</summary>
    public sealed record AccessRow(string Method, string Route, string Url, string[] Expected, string Body);

    /// <summary>The callers and the resources the consumer and the producer own.</summary>
    private sealed record World(string?[] Tokens, Dictionary<string, string> Values)
    {
        public string Fill(string url) => Values.Aggregate(url, (u, v) => u.Replace("{" + v.Key + "}", v.Value, StringComparison.Ordinal));

        public static async Task<World> CreateAsync(ApiFixture fixture)
        {
            var (consumer, _) = await fixture.NewAccountAsync("consumer");
            var (otherConsumer, _) = await fixture.NewAccountAsync("consumer");
            var (producer, producerUser) = await ProducerAsync(fixture);
            var (otherProducer, otherProducerUser) = await ProducerAsync(fixture);
            var admin = await fixture.AdminTokenAsync();

            var (producerId, products) = await OrderTestData.ProducerAsync(fixture, "24100", null, producerUser, new TestProduct("Λάδι Πίνακα", 9.00m, VatRateClass.Reduced, 1000));
            await OrderTestData.ProducerAsync(fixture, "54624", null, otherProducerUser, new TestProduct("Άλλο Πίνακα", 5.00m, VatRateClass.Reduced, 500));
            using var buyer = fixture.Client("en", consumer);
            await OrderTestData.FillCartAsync(buyer, (products[0], 1));
            using var placed = await buyer.PostAsJsonAsync("/api/v1/checkout", OrderTestData.Checkout("10557", "card"));
            Assert.Equal(System.Net.HttpStatusCode.Created, placed.StatusCode);
            var checkout = await placed.Json();
            var order = checkout.GetProperty("orders")[0];
            var orderId = order.GetProperty("id").GetGuid();
            var paymentId = checkout.GetProperty("payment").GetProperty("paymentId").GetGuid();
            using var paid = await buyer.PostAsync($"/api/v1/payments/sandbox/{paymentId}/success", null);
            Assert.Equal(System.Net.HttpStatusCode.SeeOther, paid.StatusCode);
            // The greek queue issues the receipt within seconds; running the job here too (it is idempotent) keeps a
            // busy machine's queue out of this test's way.
            await using (var scope = fixture.Scope())
            {
                var job = ActivatorUtilities.CreateInstance<Dixis.Infrastructure.Orders.OrderInvoicingJob>(scope.ServiceProvider);
                await job.IssueForCheckoutAsync(checkout.GetProperty("checkoutId").GetGuid(), CancellationToken.None);
            }

            var invoiceId = await InvoiceOfAsync(buyer, orderId);
            using var address = await buyer.PostAsJsonAsync("/api/v1/me/addresses", new { fullName = "Μαρία Παπαδοπούλου", street = "Ερμού 10", city = "Αθήνα", postalCode = "10557" });
            Assert.True(address.IsSuccessStatusCode, await address.Content.ReadAsStringAsync());
            using var export = await buyer.PostAsync("/api/v1/me/export", null);
            Assert.True(export.IsSuccessStatusCode, await export.Content.ReadAsStringAsync());

            return new World([null, consumer, otherConsumer, producer, otherProducer, admin], new Dictionary<string, string>
            {
                ["order"] = orderId.ToString(),
                ["checkout"] = checkout.GetProperty("checkoutId").GetGuid().ToString(),
                ["invoice"] = invoiceId.ToString(),
                ["payment"] = paymentId.ToString(),
                ["product"] = products[0].ToString(),
                ["producer"] = producerId.ToString(),
                ["tracking"] = order.GetProperty("trackingPath").GetString()!.Split('/').Last(),
                ["address"] = (await address.Json()).GetProperty("id").GetGuid().ToString(),
                ["export"] = (await export.Json()).GetProperty("id").GetGuid().ToString(),
            });
        }

        private static async Task<(string Token, Guid UserId)> ProducerAsync(ApiFixture fixture)
        {
            var (token, _) = await fixture.NewAccountAsync("producer");
            using var client = fixture.Client(token: token);
            return (token, (await (await client.GetAsync("/api/v1/accounts/me")).Json()).GetProperty("id").GetGuid());
        }

        private static async Task<Guid> InvoiceOfAsync(HttpClient buyer, Guid orderId)
        {
            var status = "unknown";
            for (var i = 0; i < 600; i++)
            {
                var order = await (await buyer.GetAsync($"/api/v1/orders/{orderId}")).Json();
                if (order.TryGetProperty("invoiceId", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    return id.GetGuid();
                }

                status = order.TryGetProperty("status", out var s) ? s.ToString() : order.ToString();
                await Task.Delay(200);
            }

            Assert.Fail($"order {orderId} ({status}) was not invoiced within 120 s");
            return default;
        }
    }
}
