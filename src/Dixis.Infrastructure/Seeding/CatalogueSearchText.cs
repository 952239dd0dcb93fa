using Dixis.Domain.Greek;

namespace Dixis.Infrastructure.Seeding;

/// <summary>Builds the folded, Greeklish-tolerant search key stored with each product.</summary>
public static class CatalogueSearchText
{
    public static string For(string name, string producer, string region, string category) =>
        GreekText.SearchSkeleton(string.Join(' ', name, producer, region, category));
}
