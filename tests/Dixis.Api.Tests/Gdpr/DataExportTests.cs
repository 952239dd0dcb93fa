using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Gdpr;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dixis.Api.Tests.Gdpr;

/// <summary>
/// Portability (POST /me/export): the ZIP built on queue general holds the profile, addresses, orders with lines, the
/// receipt with its PDF, consents and the audit entries about the person, each as JSON and CSV; the person gets a
/// mail with the link; only they can fetch it, and only until it expires.
/// </summary>
public abstract class DataExportTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task The_export_holds_everything_about_the_person_and_is_served_to_them_alone_until_it_expires()
    {
        Fixture.EnsureAvailable();
        var person = await GdprTestKit.NewPersonAsync(Fixture);
        var (orderId, invoiceId, _) = await GdprTestKit.PaidOrderAsync(Fixture, person);
        using var client = Fixture.Client(token: person.Token);
        (await client.PutAsJsonAsync("/api/v1/me/consents", new { analytics = false, marketing = true })).EnsureSuccessStatusCode();
        // A staff read of the person's receipt: it must show in the person's own export.
        using (var admin = Fixture.Client(token: await Fixture.AdminTokenAsync()))
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/invoices/{invoiceId}")).StatusCode);
        }

        using var requested = await client.PostAsync("/api/v1/me/export", null);
        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        var export = await requested.Json();
        var url = export.GetProperty("downloadUrl").GetString()!;
        Assert.Equal(url, requested.Headers.Location?.OriginalString);

        var zipBytes = await DownloadWhenReadyAsync(client, url);
        using var zip = new ZipArchive(new MemoryStream(zipBytes));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        foreach (var part in new[] { "profile", "addresses", "orders", "order-lines", "invoices", "cart-items", "consents", "audit" })
        {
            Assert.Contains(part + ".json", names);
            Assert.Contains(part + ".csv", names);
        }

        var profile = Read(zip, "profile.json")[0];
        Assert.Equal(person.Email, profile.GetProperty("email").GetString());
        Assert.Equal(person.Name, profile.GetProperty("displayName").GetString());
        Assert.Contains(person.Street, Read(zip, "addresses.json")[0].GetProperty("street").GetString());
        var order = Assert.Single(Read(zip, "orders.json"));
        Assert.Equal(orderId, order.GetProperty("id").GetGuid());
        Assert.Equal(person.Name, order.GetProperty("buyerName").GetString());
        Assert.Equal(orderId, Assert.Single(Read(zip, "order-lines.json")).GetProperty("orderId").GetGuid());
        var invoice = Assert.Single(Read(zip, "invoices.json"));
        Assert.Equal(invoiceId, invoice.GetProperty("id").GetGuid());
        var pdf = zip.GetEntry(invoice.GetProperty("pdfFile").GetString()!);
        Assert.NotNull(pdf);
        using (var head = pdf.Open())
        {
            var magic = new byte[4];
            head.ReadExactly(magic);
            Assert.Equal("%PDF"u8.ToArray(), magic);
        }

        var consents = Read(zip, "consents.json");
        Assert.Contains(consents, c => c.GetProperty("purpose").GetString() == "marketing" && c.GetProperty("granted").GetBoolean());
        Assert.Contains(Read(zip, "audit.json"), a => a.GetProperty("resource").GetString() == "GetInvoice" && a.GetProperty("actorRole").GetString() == "admin");
        using (var csv = new StreamReader(zip.GetEntry("orders.csv")!.Open()))
        {
            var text = await csv.ReadToEndAsync();
            Assert.StartsWith("Id,Number,Status", text);
            Assert.Contains(person.Name, text);
        }

        // The announcement mail (embedded mode: an .eml file) carries the download link.
        var mail = await MailToAsync(person.Email);
        Assert.Contains(url, mail.TextBody, StringComparison.Ordinal);

        // Another person, and an anonymous caller, get nothing.
        var other = await GdprTestKit.NewPersonAsync(Fixture);
        await (await Fixture.Client(token: other.Token).GetAsync(url)).AssertProblem(404);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Fixture.Client().GetAsync(url)).StatusCode);

        // Past its lifetime the retention job deletes the file and the link answers 410.
        await using (var scope = Fixture.Scope())
        {
            var options = scope.ServiceProvider.GetRequiredService<GdprOptions>();
            var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(options.ExportLifetimeDays).AddMinutes(1));
            var run = await ActivatorUtilities.CreateInstance<DataRetentionJob>(scope.ServiceProvider, (TimeProvider)clock).RunAsync(CancellationToken.None);
            Assert.True(run.ExportsExpired >= 1);
            var key = DataExportJob.KeyFor(export.GetProperty("id").GetGuid());
            Assert.False(await scope.ServiceProvider.GetRequiredService<Dixis.Infrastructure.Storage.IBlobStorage>().ExistsAsync(key));
        }

        await (await client.GetAsync(url)).AssertProblem(410);
    }

    [SkippableFact]
    public async Task Asking_again_while_an_export_is_being_built_answers_the_same_export()
    {
        Fixture.EnsureAvailable();
        var person = await GdprTestKit.NewPersonAsync(Fixture);
        await using (var scope = Fixture.Scope())
        {
            // Hold the job back: a pending row without a queued job.
            var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
            db.DataExports.Add(new Dixis.Infrastructure.Data.Gdpr.DataExport { UserId = person.Id, RequestedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        using var client = Fixture.Client(token: person.Token);
        var first = await (await client.PostAsync("/api/v1/me/export", null)).Json();
        var second = await (await client.PostAsync("/api/v1/me/export", null)).Json();
        Assert.Equal(first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
        await (await client.GetAsync(first.GetProperty("downloadUrl").GetString())).AssertProblem(409);
        await using (var scope = Fixture.Scope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<DixisDbContext>().DataExports.CountAsync(e => e.UserId == person.Id));
        }
    }

    private static async Task<byte[]> DownloadWhenReadyAsync(HttpClient client, string url)
    {
        for (var i = 0; i < 450; i++)
        {
            using var response = await client.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
                return await response.Content.ReadAsByteArrayAsync();
            }

            await response.AssertProblem(409);
            await Task.Delay(200);
        }

        Assert.Fail("the export was not ready within 90 s");
        return [];
    }

    private static List<JsonElement> Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return JsonDocument.Parse(stream).RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    /// <summary>The export mail to <paramref name="email"/>, once the mail job (queue general) has written it.</summary>
    private async Task<MimeKit.MimeMessage> MailToAsync(string email)
    {
        var folder = Path.Combine(Fixture.Folder, "mail");
        for (var i = 0; i < 450; i++)
        {
            var found = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
                    .FirstOrDefault(m => m.To.Mailboxes.Any(b => b.Address == email) && m.TextBody?.Contains("/api/v1/me/export/", StringComparison.Ordinal) == true)
                : null;
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(200);
        }

        Assert.Fail("no export mail within 90 s");
        return null!;
    }
}

public sealed class SqliteDataExportTests(SqliteApiFixture fixture) : DataExportTests<SqliteApiFixture>(fixture);

public sealed class MariaDbDataExportTests(MariaDbApiFixture fixture) : DataExportTests<MariaDbApiFixture>(fixture);
