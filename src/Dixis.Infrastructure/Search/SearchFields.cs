using Dixis.Domain.Greek;

namespace Dixis.Infrastructure.Search;

/// <summary>
/// Field names and boosts shared by both engines. Greek fields are analysed (folded, stop words, stemmed);
/// <c>*_sk</c> fields hold the Greeklish skeleton of the text (computed in C# with
/// <see cref="GreekText.SearchSkeleton"/>, split on spaces); <c>*_latin</c> the folded ELOT 743 Latin form;
/// <c>name_prefix</c> the folded, unstemmed name for prefix matching.
/// </summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Description = "description";
    public const string Producer = "producer";
    public const string Place = "place";
    public const string Category = "category";
    public const string NameSkeleton = "name_sk";
    public const string DescriptionSkeleton = "description_sk";
    public const string ProducerSkeleton = "producer_sk";
    public const string PlaceSkeleton = "place_sk";
    public const string CategorySkeleton = "category_sk";
    public const string NameLatin = "name_latin";
    public const string NamePrefix = "name_prefix";

    public const string CategorySlug = "category_slug";
    public const string ProducerSlug = "producer_slug";
    public const string ProducerId = "producer_id";
    public const string Region = "region";
    public const string QualityLabel = "quality_label";
    public const string Organic = "organic";
    public const string PriceCents = "price_cents";
    public const string Created = "created";
    public const string NameSort = "name_sort";

    /// <summary>Name over category, producer and place, over description (brief: name &gt; description, producer, region).</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> GreekFields =
    [
        (Name, 4f), (Category, 2f), (Producer, 1.5f), (Place, 1.5f), (Description, 0.7f),
    ];

    /// <summary>
    /// Fields the Greek spellings of a Latin word are looked up in. Only name and category: elsewhere the skeleton
    /// fields already match Greeklish, and every extra field × candidate is another posting list to score.
    /// </summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> GreekCandidateFields = [(Name, 4f), (Category, 2f)];

    public static readonly IReadOnlyList<(string Field, float Boost)> SkeletonFields =
    [
        (NameSkeleton, 3f), (CategorySkeleton, 1.5f), (ProducerSkeleton, 1.2f), (PlaceSkeleton, 1.2f), (DescriptionSkeleton, 0.4f),
    ];

    /// <summary>Fields a misspelt word (5+ letters) is looked up in, by edit distance on the skeleton.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> FuzzyFields =
    [
        (NameSkeleton, 1.5f), (ProducerSkeleton, 0.6f), (PlaceSkeleton, 0.6f),
    ];

    public const float LatinBoost = 2f;
    public const float PrefixBoost = 1.5f;
    public const float GreekCandidateBoost = 1f;

    /// <summary>Sortable form of a name (folded).</summary>
    public static string SortKey(string name) => GreekText.Fold(name);

    public static string Skeleton(string text) => GreekText.SearchSkeleton(text);

    public static string Latin(string text) => GreekText.Fold(GreekText.ToLatin(text));
}
