using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Dixis.Api.Tests.Infrastructure;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Dixis.Api.Tests.Producers;

/// <summary>
/// Product images and onboarding documents with real bytes: images made by ImageSharp in the test, an HTML file named
/// .png, an SVG, a PNG with a script appended (polyglot), a truncated PNG, a PNG that declares 20,000 × 20,000 pixels,
/// and 21 MB. What is refused leaves nothing behind; what is stored has been re-encoded.
/// </summary>
public abstract class UploadTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task A_jpeg_is_stored_re_encoded_without_its_exif_and_the_product_waits_for_approval()
    {
        Fixture.EnsureAvailable();
        var (producer, productId) = await ProducerWithProductAsync();
        var jpeg = Jpeg(800, 600, artist: "Μαρία Κρυφή");
        Assert.Contains("Μαρία Κρυφή", Encoding.UTF8.GetString(jpeg));

        var response = await producer.PostAsync($"/api/v1/producer/products/{productId}/images", File("file", jpeg, "photo.jpg", "image/jpeg"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Json();
        Assert.Equal("image/jpeg", body.GetProperty("contentType").GetString());
        Assert.Equal(800, body.GetProperty("width").GetInt32());
        var url = body.GetProperty("url").GetString()!;

        using var anonymous = Fixture.Client();
        var stored = await anonymous.GetByteArrayAsync(url);
        Assert.DoesNotContain("Μαρία Κρυφή", Encoding.UTF8.GetString(stored));
        using var image = Image.Load(stored, out var format);
        Assert.IsType<JpegFormat>(format);
        Assert.Null(image.Metadata.ExifProfile);
        Assert.Equal((800, 600), (image.Width, image.Height));

        var detail = await (await producer.GetAsync($"/api/v1/producer/products/{productId}")).Json();
        Assert.Equal("Pending", detail.GetProperty("approval").GetString());
        Assert.Equal(url, Assert.Single(detail.GetProperty("imageUrls").EnumerateArray()).GetString());
    }

    [SkippableFact]
    public async Task A_large_png_is_scaled_down_and_a_script_appended_after_it_is_gone()
    {
        Fixture.EnsureAvailable();
        var (producer, productId) = await ProducerWithProductAsync();
        var polyglot = Png(3000, 1000).Concat("<html><script>alert(document.cookie)</script></html>"u8.ToArray()).ToArray();

        var response = await producer.PostAsync($"/api/v1/producer/products/{productId}/images", File("file", polyglot, "meli.png", "image/png"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Json();
        Assert.Equal(2048, body.GetProperty("width").GetInt32());
        Assert.InRange(body.GetProperty("height").GetInt32(), 682, 683);

        using var anonymous = Fixture.Client();
        var stored = await anonymous.GetByteArrayAsync(body.GetProperty("url").GetString());
        Assert.DoesNotContain("<script", Encoding.ASCII.GetString(stored), StringComparison.OrdinalIgnoreCase);
        Assert.IsType<PngFormat>(Image.DetectFormat(stored));
    }

    [SkippableTheory]
    [InlineData("html-named-png")]
    [InlineData("svg")]
    [InlineData("truncated-png")]
    [InlineData("jpeg-header-then-html")]
    [InlineData("gif")]
    [InlineData("empty")]
    public async Task Anything_but_a_whole_jpeg_png_or_webp_is_refused_and_nothing_is_stored(string kind)
    {
        Fixture.EnsureAvailable();
        var (producer, productId) = await ProducerWithProductAsync();
        var (bytes, name) = kind switch
        {
            "html-named-png" => ("<!doctype html><html><body><script>alert(1)</script></body></html>"u8.ToArray(), "photo.png"),
            "svg" => ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>"u8.ToArray(), "logo.svg"),
            "truncated-png" => (Png(200, 200)[..120], "cut.png"),
            "jpeg-header-then-html" => (new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }.Concat("<html><script>alert(1)</script></html>"u8.ToArray()).ToArray(), "x.jpg"),
            "gif" => ("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;"u8.ToArray(), "anim.gif"),
            _ => (Array.Empty<byte>(), "empty.png"),
        };

        var problem = await (await producer.PostAsync($"/api/v1/producer/products/{productId}/images", File("file", bytes, name, "image/png"))).AssertProblem(400);
        var message = Assert.Single(problem.GetProperty("errors").GetProperty("file").EnumerateArray()).GetString();
        Assert.Contains(message, new[]
        {
            "Η εικόνα πρέπει να είναι JPEG, PNG ή WebP· αυτό το αρχείο δεν είναι (SVG, HTML και άλλοι τύποι δεν γίνονται δεκτοί).",
            "Το αρχείο είναι κατεστραμμένο ή ελλιπές.",
        });
        var detail = await (await producer.GetAsync($"/api/v1/producer/products/{productId}")).Json();
        Assert.Empty(detail.GetProperty("imageUrls").EnumerateArray());
    }

    [SkippableFact]
    public async Task An_svg_is_refused_in_english_when_asked()
    {
        Fixture.EnsureAvailable();
        var (_, productId, token) = await ProducerWithProductAndTokenAsync();
        using var english = Fixture.Client("en", token);
        var problem = await (await english.PostAsync($"/api/v1/producer/products/{productId}/images",
            File("file", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray(), "a.svg", "image/svg+xml"))).AssertProblem(400);
        Assert.Equal("The data you sent is not valid.", problem.GetProperty("title").GetString());
        Assert.StartsWith("Images must be JPEG, PNG or WebP", problem.GetProperty("errors").GetProperty("file")[0].GetString());
    }

    [SkippableFact]
    public async Task A_png_that_declares_a_huge_canvas_is_refused_before_it_is_decoded()
    {
        Fixture.EnsureAvailable();
        var (producer, productId) = await ProducerWithProductAsync();
        var bomb = WithDeclaredSize(Png(16, 16), 20_000, 20_000);
        var problem = await (await producer.PostAsync($"/api/v1/producer/products/{productId}/images", File("file", bomb, "bomb.png", "image/png"))).AssertProblem(400);
        Assert.StartsWith("Η εικόνα έχει πολύ μεγάλες διαστάσεις", problem.GetProperty("errors").GetProperty("file")[0].GetString());
    }

    [SkippableFact]
    public async Task A_file_over_20_mb_is_refused_with_413_in_greek()
    {
        Fixture.EnsureAvailable();
        var (producer, productId) = await ProducerWithProductAsync();
        var big = new byte[21 * 1024 * 1024];
        Png(10, 10).CopyTo(big, 0);
        var problem = await (await producer.PostAsync($"/api/v1/producer/products/{productId}/images", File("file", big, "big.png", "image/png"))).AssertProblem(413);
        Assert.Equal("Το αρχείο ξεπερνά τα 20 MB.", problem.GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task Only_the_owner_uploads_and_the_file_field_is_required()
    {
        Fixture.EnsureAvailable();
        var (_, productId) = await ProducerWithProductAsync();
        var (otherToken, _) = await Fixture.NewAccountAsync("producer");
        using var other = Fixture.Client(token: otherToken);
        await (await other.PostAsync($"/api/v1/producer/products/{productId}/images", File("file", Png(10, 10), "a.png", "image/png"))).AssertProblem(404);
        await (await other.GetAsync($"/api/v1/producer/products/{productId}")).AssertProblem(404);

        var (consumerToken, _) = await Fixture.NewAccountAsync("consumer");
        using var consumer = Fixture.Client(token: consumerToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await consumer.PostAsync($"/api/v1/producer/products/{productId}/images", File("file", Png(10, 10), "a.png", "image/png"))).StatusCode);

        var (producer, ownProduct) = await ProducerWithProductAsync();
        var missing = await (await producer.PostAsync($"/api/v1/producer/products/{ownProduct}/images", File("other", Png(10, 10), "a.png", "image/png"))).AssertProblem(400);
        Assert.Equal("Επιλέξτε ένα αρχείο.", missing.GetProperty("errors").GetProperty("file")[0].GetString());
        await (await producer.PostAsJsonAsync($"/api/v1/producer/products/{ownProduct}/images", new { file = "x" })).AssertProblem(415);
    }

    [SkippableFact]
    public async Task Documents_take_pdf_and_images_and_refuse_the_rest()
    {
        Fixture.EnsureAvailable();
        var (producer, _) = await ProducerWithProductAsync();
        var pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
        var created = await producer.PostAsync("/api/v1/producer/documents", File("file", pdf, "Βεβαίωση έναρξης.pdf", "application/pdf", ("kind", "registration")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var photo = await producer.PostAsync("/api/v1/producer/documents", File("file", Png(300, 400), "άδεια.jpg", "image/jpeg", ("kind", "licence")));
        Assert.Equal(HttpStatusCode.Created, photo.StatusCode);
        Assert.Equal("άδεια.png", (await photo.Json()).GetProperty("fileName").GetString());

        var list = await (await producer.GetAsync("/api/v1/producer/documents")).Json();
        Assert.Equal(["άδεια.png", "Βεβαίωση έναρξης.pdf"], list.EnumerateArray().Select(d => d.GetProperty("fileName").GetString()!).ToList());

        await (await producer.PostAsync("/api/v1/producer/documents", File("file", pdf[..20], "cut.pdf", "application/pdf", ("kind", "registration")))).AssertProblem(400);
        var html = await (await producer.PostAsync("/api/v1/producer/documents",
            File("file", "<html></html>"u8.ToArray(), "doc.pdf", "application/pdf", ("kind", "registration")))).AssertProblem(400);
        Assert.StartsWith("Τα έγγραφα πρέπει να είναι PDF, JPEG ή PNG", html.GetProperty("errors").GetProperty("file")[0].GetString());
        var kind = await (await producer.PostAsync("/api/v1/producer/documents", File("file", pdf, "a.pdf", "application/pdf", ("kind", "passport")))).AssertProblem(400);
        Assert.True(kind.GetProperty("errors").TryGetProperty("kind", out _));
        Assert.Equal(2, (await (await producer.GetAsync("/api/v1/producer/documents")).Json()).GetArrayLength());
    }

    [SkippableFact]
    public async Task A_document_before_the_profile_is_a_conflict()
    {
        Fixture.EnsureAvailable();
        var (token, _) = await Fixture.NewAccountAsync("producer");
        using var producer = Fixture.Client(token: token);
        await (await producer.PostAsync("/api/v1/producer/documents", File("file", Png(10, 10), "a.png", "image/png", ("kind", "other")))).AssertProblem(409);
    }

    private async Task<(HttpClient Client, string ProductId)> ProducerWithProductAsync()
    {
        var (client, id, _) = await ProducerWithProductAndTokenAsync();
        return (client, id);
    }

    private async Task<(HttpClient Client, string ProductId, string Token)> ProducerWithProductAndTokenAsync()
    {
        var (token, _) = await Fixture.NewAccountAsync("producer");
        var client = Fixture.Client(token: token);
        var profile = await client.PutAsJsonAsync("/api/v1/producer/profile", new
        {
            businessName = "Μελισσοκομείο Εικόνων",
            afm = "090000045",
            taxOffice = "ΔΟΥ Χανίων",
            street = "Οδός 1",
            city = "Χανιά",
            postalCode = "73100",
        });
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        var product = await client.PostAsJsonAsync("/api/v1/producer/products", new
        {
            name = "Μέλι με φωτογραφία",
            categorySlug = "meli",
            price = 8.5m,
            unit = "piece",
            weightGrams = 500,
            vatRateClass = "reduced",
        });
        Assert.Equal(HttpStatusCode.Created, product.StatusCode);
        return (client, (await product.Json()).GetProperty("id").GetString()!, token);
    }

    private static MultipartFormDataContent File(string field, byte[] bytes, string fileName, string contentType, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, field, fileName);
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private static byte[] Png(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, Color.Goldenrod);
        using var output = new MemoryStream();
        image.SaveAsPng(output);
        return output.ToArray();
    }

    private static byte[] Jpeg(int width, int height, string artist)
    {
        using var image = new Image<Rgba32>(width, height, Color.ForestGreen);
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.Artist, artist);
        using var output = new MemoryStream();
        image.SaveAsJpeg(output);
        return output.ToArray();
    }

    // Rewrites the IHDR width and height (and its CRC, so decoders do not stop at a checksum error).
    private static byte[] WithDeclaredSize(byte[] png, int width, int height)
    {
        var copy = (byte[])png.Clone();
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(copy.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(copy.AsSpan(20), height);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(29), Crc32(copy.AsSpan(12, 17)));
        return copy;
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}

public sealed class SqliteUploadTests(SqliteApiFixture fixture) : UploadTests<SqliteApiFixture>(fixture);

public sealed class MariaDbUploadTests(MariaDbApiFixture fixture) : UploadTests<MariaDbApiFixture>(fixture);
