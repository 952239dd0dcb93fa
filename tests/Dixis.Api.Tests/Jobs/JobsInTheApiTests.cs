using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Infrastructure.Jobs.Recurring;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Dixis.Api.Tests.Jobs;

/// <summary>The jobs dashboard's guard (401 anonymous, 403 signed in but not admin), the jobs health check and a real recurring job end to end (embedded storage).</summary>
public sealed class JobsInTheApiTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [Fact]
    public async Task The_jobs_dashboard_is_for_admins_only()
    {
        using var anonymous = fixture.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/admin/jobs")).StatusCode);

        var (consumerToken, _) = await fixture.NewAccountAsync("consumer");
        using var consumer = fixture.Client(token: consumerToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await consumer.GetAsync("/admin/jobs")).StatusCode);

        using var admin = fixture.Client(token: await fixture.AdminTokenAsync());
        var page = await admin.GetAsync("/admin/jobs");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Dixis — εργασίες", await page.Content.ReadAsStringAsync());
        var queues = await admin.GetStringAsync("/admin/jobs/jobs/enqueued");
        Assert.Contains("Hangfire", queues);
    }

    [Fact]
    public async Task Readiness_includes_the_job_server_of_the_embedded_process()
    {
        using var client = fixture.Client();
        var body = await (await client.GetAsync("/api/v1/health")).Json();
        var jobs = body.GetProperty("checks").GetProperty("jobs");
        Assert.Equal("Healthy", jobs.GetProperty("status").GetString());
        Assert.True(jobs.GetProperty("data").GetProperty("servers").GetInt64() >= 1);
    }

    [Fact]
    public async Task Low_stock_notices_mail_the_producer_once_per_day()
    {
        var (token, email) = await fixture.NewAccountAsync("producer");
        using var producer = fixture.Client(token: token);
        var profile = await producer.PutAsJsonAsync("/api/v1/producer/profile", new
        {
            businessName = "Τυροκομείο Χαμηλού Αποθέματος",
            afm = "090000045",
            taxOffice = "ΔΟΥ Χίου",
            street = "Απλωταριάς 1",
            city = "Χίος",
            postalCode = "82100",
        });
        var producerId = (await profile.Json()).GetProperty("id").GetString();
        var product = await (await producer.PostAsJsonAsync("/api/v1/producer/products", new
        {
            name = "Μαστιχάτο Τυρί Τελευταία Κομμάτια",
            categorySlug = "tyria",
            price = 9.5m,
            unit = "kilogram",
            netQuantity = 0.5m,
            weightGrams = 550,
            stock = 2,
            vatRateClass = "reduced",
        })).Json();
        using var admin = fixture.Client(token: await fixture.AdminTokenAsync());
        await admin.PostAsync($"/api/v1/admin/producers/{producerId}/approve", null);
        await admin.PostAsync($"/api/v1/admin/products/{product.GetProperty("id").GetString()}/approve", null);

        await using (var scope = fixture.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<LowStockNoticesJob>().RunAsync(CancellationToken.None);
        }

        await using (var scope = fixture.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<LowStockNoticesJob>().RunAsync(CancellationToken.None);
        }

        var files = Directory.GetFiles(Path.Combine(fixture.Folder, "mail"), $"low-stock-{Guid.Parse(producerId!):N}-*.eml");
        var file = Assert.Single(files);
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(email, message.To.Mailboxes.Single().Address);
        Assert.Equal("Χαμηλό απόθεμα σε 1 προϊόντα", message.Subject);
        Assert.Contains("Μαστιχάτο Τυρί Τελευταία Κομμάτια: 2", message.TextBody);
    }

    [Fact]
    public async Task The_nightly_consistency_check_rebuilds_an_index_that_lost_a_product()
    {
        await using (var scope = fixture.Scope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<SearchIndexConsistencyJob>().RunAsync(CancellationToken.None));
        }

        await using (var scope = fixture.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Dixis.Infrastructure.Data.DixisDbContext>();
            var feta = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Products, p => p.Slug == "feta-pop");
            await scope.ServiceProvider.GetRequiredService<Dixis.Infrastructure.Search.IProductIndexer>().DeleteAsync([feta.Id]);
        }

        await using (var scope = fixture.Scope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<SearchIndexConsistencyJob>().RunAsync(CancellationToken.None));
        }

        using var client = fixture.Client();
        var found = await client.GetStringAsync("/api/v1/search?q=feta");
        Assert.Contains("feta-pop", found);
    }
}
