using System.Text;
using System.Xml;
using Dixis.Api.Features.Catalog;
using Dixis.Web.Catalog;
using Microsoft.Extensions.Caching.Memory;

namespace Dixis.Web.Seo;

/// <summary><c>/sitemap.xml</c> (home, producers, every category, product and producer page) and <c>/robots.txt</c>.</summary>
public static class SitemapEndpoints
{
    // One sitemap file holds at most 50,000 URLs (sitemaps.org); past that a sitemap index would be needed.
    private const int MaxUrls = 50_000;
    private const int PageSize = 100;

    public static IEndpointRouteBuilder MapSitemapEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", async (ICatalogReader catalog, SiteUrls urls, IMemoryCache cache, CancellationToken ct) =>
        {
            var xml = await cache.GetOrCreateAsync("storefront:sitemap:" + urls.Base, async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
                return await BuildAsync(catalog, urls, ct);
            });
            return Results.Text(xml!, "application/xml", Encoding.UTF8);
        }).ExcludeFromDescription();

        app.MapGet("/robots.txt", (SiteUrls urls) => Results.Text(
            $"User-agent: *\nDisallow: /account/\nDisallow: /api/\nDisallow: {Paths.Search}\nDisallow: /culture\n\nSitemap: {urls.Absolute("/sitemap.xml")}\n",
            "text/plain", Encoding.UTF8)).ExcludeFromDescription();
        return app;
    }

    private static async Task<string> BuildAsync(ICatalogReader catalog, SiteUrls urls, CancellationToken ct)
    {
        var paths = new List<string> { Paths.Home, Paths.Producers };
        paths.AddRange((await catalog.CategoriesAsync(ct)).Where(c => c.ProductCount > 0).Select(c => Paths.Category(c.Slug)));
        for (var page = 1; paths.Count < MaxUrls; page++)
        {
            var products = await catalog.ProductsAsync(new ProductQuery(Sort: "name", Page: page, PageSize: PageSize), ct);
            paths.AddRange(products.Items.Select(p => Paths.Product(p.Slug)));
            if (page >= products.TotalPages)
            {
                break;
            }
        }

        for (var page = 1; paths.Count < MaxUrls; page++)
        {
            var producers = await catalog.ProducersAsync(page, PageSize, ct);
            paths.AddRange(producers.Items.Select(p => Paths.Producer(p.Slug)));
            if (page >= producers.TotalPages)
            {
                break;
            }
        }

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, Async = true };
        using var text = new Utf8StringWriter();
        await using (var writer = XmlWriter.Create(text, settings))
        {
            await writer.WriteStartDocumentAsync();
            writer.WriteStartElement(null, "urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var path in paths.Take(MaxUrls))
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", urls.Absolute(path));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            await writer.WriteEndDocumentAsync();
        }

        return text.ToString();
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => Encoding.UTF8;
    }
}
