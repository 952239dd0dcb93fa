using Dixis.Domain.Greek;

namespace Dixis.Infrastructure.Seeding;

/// <summary>
/// Builds the folded, Greeklish-tolerant search key stored with each product: the name's key, then
/// <see cref="Separator"/>, then the producer, region and category, so ranking can tell a name match apart.
/// </summary>
public static class CatalogueSearchText
{
    public const string Separator = " | ";

    public static string For(string name, string producer, string region, string category) =>
        GreekText.SearchSkeleton(name) + Separator + GreekText.SearchSkeleton(string.Join(' ', producer, region, category));

    /// <summary>The name part of a stored key.</summary>
    public static string NamePart(string searchText)
    {
        var end = searchText.IndexOf(Separator, StringComparison.Ordinal);
        return end < 0 ? searchText : searchText[..end];
    }
}
