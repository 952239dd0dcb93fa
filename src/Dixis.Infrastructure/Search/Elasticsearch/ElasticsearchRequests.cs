using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dixis.Infrastructure.Search.Elasticsearch;

/// <summary>
/// The JSON the Elasticsearch engine sends, built from the same rules as the Lucene engine
/// (<see cref="SearchFields"/>, <see cref="SearchQueryPlan"/>), with built-in analysis only (no plugins).
/// Pure functions, so tests assert the exact bodies.
/// </summary>
public static class ElasticsearchRequests
{
    public const string GreekAnalyzer = "dixis_greek";
    public const string FoldAnalyzer = "dixis_fold";
    public const string SkeletonAnalyzer = "dixis_skeleton";

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Tonos, dialytika (precomposed and combining) and final sigma, mapped before the tokenizer; the Greek-aware
    /// <c>lowercase</c> filter then folds case, <c>asciifolding</c> Latin accents.
    /// </summary>
    public static readonly IReadOnlyList<string> GreekFoldMappings =
    [
        "ά=>α", "έ=>ε", "ή=>η", "ί=>ι", "ό=>ο", "ύ=>υ", "ώ=>ω", "ϊ=>ι", "ϋ=>υ", "ΐ=>ι", "ΰ=>υ",
        "Ά=>Α", "Έ=>Ε", "Ή=>Η", "Ί=>Ι", "Ό=>Ο", "Ύ=>Υ", "Ώ=>Ω", "Ϊ=>Ι", "Ϋ=>Υ", "ς=>σ",
        "\\u0301=>", "\\u0308=>", "\\u0344=>",
    ];

    /// <summary><c>PUT _index_template/{alias}</c>: settings and mappings of every <c>{alias}-*</c> index.</summary>
    public static JsonObject IndexTemplate(string alias) => new()
    {
        ["index_patterns"] = new JsonArray(alias + "-*"),
        ["priority"] = 100,
        ["template"] = new JsonObject
        {
            ["settings"] = new JsonObject
            {
                ["number_of_shards"] = 1,
                ["analysis"] = new JsonObject
                {
                    ["char_filter"] = new JsonObject
                    {
                        ["greek_fold"] = new JsonObject { ["type"] = "mapping", ["mappings"] = Array(GreekFoldMappings) },
                    },
                    ["filter"] = new JsonObject
                    {
                        ["greek_lowercase"] = new JsonObject { ["type"] = "lowercase", ["language"] = "greek" },
                        ["greek_stop"] = new JsonObject { ["type"] = "stop", ["stopwords"] = "_greek_" },
                        ["greek_stemmer"] = new JsonObject { ["type"] = "stemmer", ["language"] = "greek" },
                    },
                    ["analyzer"] = new JsonObject
                    {
                        [GreekAnalyzer] = Analyzer("standard", ["greek_fold"], ["greek_lowercase", "asciifolding", "greek_stop", "greek_stemmer"]),
                        [FoldAnalyzer] = Analyzer("standard", ["greek_fold"], ["greek_lowercase", "asciifolding"]),
                        [SkeletonAnalyzer] = Analyzer("whitespace", [], []),
                    },
                },
            },
            ["mappings"] = new JsonObject
            {
                ["dynamic"] = "strict",
                ["properties"] = new JsonObject
                {
                    [SearchFields.Id] = Keyword(),
                    [SearchFields.Name] = Text(GreekAnalyzer),
                    [SearchFields.Description] = Text(GreekAnalyzer),
                    [SearchFields.Producer] = Text(GreekAnalyzer),
                    [SearchFields.Place] = Text(GreekAnalyzer),
                    [SearchFields.Category] = Text(GreekAnalyzer),
                    [SearchFields.NameSkeleton] = Text(SkeletonAnalyzer),
                    [SearchFields.DescriptionSkeleton] = Text(SkeletonAnalyzer),
                    [SearchFields.ProducerSkeleton] = Text(SkeletonAnalyzer),
                    [SearchFields.PlaceSkeleton] = Text(SkeletonAnalyzer),
                    [SearchFields.CategorySkeleton] = Text(SkeletonAnalyzer),
                    [SearchFields.NameLatin] = Text(FoldAnalyzer),
                    [SearchFields.NamePrefix] = Text(FoldAnalyzer),
                    [SearchFields.CategorySlug] = Keyword(),
                    [SearchFields.ProducerSlug] = Keyword(),
                    [SearchFields.ProducerId] = Keyword(),
                    [SearchFields.Region] = Keyword(),
                    [SearchFields.QualityLabel] = Keyword(),
                    [SearchFields.Organic] = new JsonObject { ["type"] = "boolean" },
                    [SearchFields.PriceCents] = new JsonObject { ["type"] = "long" },
                    [SearchFields.Created] = new JsonObject { ["type"] = "date" },
                    [SearchFields.NameSort] = Keyword(),
                    [FacetField(SearchFacets.Category)] = Keyword(),
                    [FacetField(SearchFacets.Producer)] = Keyword(),
                    ["doc"] = new JsonObject { ["type"] = "object", ["enabled"] = false },
                },
            },
        },
    };

    public static string FacetField(string facet) => "facet_" + facet;

    /// <summary>The indexed form of one product: analysed fields, C#-made skeletons and Latin, filters, and the document itself under <c>doc</c>.</summary>
    public static JsonObject Document(SearchDocument d)
    {
        var place = string.Join(' ', d.Region, d.Place);
        return new JsonObject
        {
            [SearchFields.Id] = d.Id.ToString(),
            [SearchFields.Name] = d.Name,
            [SearchFields.Description] = d.Description,
            [SearchFields.Producer] = d.ProducerName,
            [SearchFields.Place] = place,
            [SearchFields.Category] = d.CategoryName,
            [SearchFields.NameSkeleton] = SearchFields.Skeleton(d.Name),
            [SearchFields.DescriptionSkeleton] = SearchFields.Skeleton(d.Description),
            [SearchFields.ProducerSkeleton] = SearchFields.Skeleton(d.ProducerName),
            [SearchFields.PlaceSkeleton] = SearchFields.Skeleton(place),
            [SearchFields.CategorySkeleton] = SearchFields.Skeleton(d.CategoryName),
            [SearchFields.NameLatin] = SearchFields.Latin(d.Name),
            [SearchFields.NamePrefix] = d.Name,
            [SearchFields.CategorySlug] = d.CategorySlug,
            [SearchFields.ProducerSlug] = d.ProducerSlug,
            [SearchFields.ProducerId] = d.ProducerId.ToString(),
            [SearchFields.Region] = d.Region,
            [SearchFields.QualityLabel] = d.QualityLabel,
            [SearchFields.Organic] = d.IsOrganic,
            [SearchFields.PriceCents] = d.PriceCents,
            [SearchFields.Created] = d.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            [SearchFields.NameSort] = SearchFields.SortKey(d.Name),
            [FacetField(SearchFacets.Category)] = d.CategorySlug + SearchFacetValues.Separator + d.CategoryName,
            [FacetField(SearchFacets.Producer)] = d.ProducerSlug + SearchFacetValues.Separator + d.ProducerName,
            ["doc"] = JsonSerializer.SerializeToNode(d, Web),
        };
    }

    /// <summary>NDJSON body of <c>POST _bulk</c>: index actions for documents, delete actions for ids.</summary>
    public static string Bulk(string index, IEnumerable<SearchDocument> upserts, IEnumerable<Guid> deletes)
    {
        var sb = new StringBuilder();
        foreach (var d in upserts)
        {
            sb.Append(new JsonObject { ["index"] = new JsonObject { ["_index"] = index, ["_id"] = d.Id.ToString() } }.ToJsonString()).Append('\n');
            sb.Append(Document(d).ToJsonString()).Append('\n');
        }

        foreach (var id in deletes)
        {
            sb.Append(new JsonObject { ["delete"] = new JsonObject { ["_index"] = index, ["_id"] = id.ToString() } }.ToJsonString()).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary><c>POST _aliases</c>: one atomic swap of the alias from the old indices to the new one.</summary>
    public static JsonObject SwapAlias(string alias, string newIndex, IEnumerable<string> oldIndices)
    {
        var actions = new JsonArray();
        foreach (var old in oldIndices)
        {
            actions.Add(new JsonObject { ["remove"] = new JsonObject { ["index"] = old, ["alias"] = alias } });
        }

        actions.Add(new JsonObject { ["add"] = new JsonObject { ["index"] = newIndex, ["alias"] = alias, ["is_write_index"] = true } });
        return new JsonObject { ["actions"] = actions };
    }

    /// <summary><c>POST {alias}/_search</c> body of a search: the same clauses as <see cref="Lucene.LuceneQueries.Text"/>.</summary>
    /// <remarks>Prefixes and typo tolerance (<paramref name="forgiving"/>) are only in the second request, sent when the first matched nothing.</remarks>
    public static JsonObject Search(SearchRequest request, bool forgiving = false)
    {
        var plan = string.IsNullOrWhiteSpace(request.Query) ? null : SearchQueryPlan.Parse(request.Query);
        var must = new JsonArray();
        var should = new JsonArray();
        if (plan is not null)
        {
            foreach (var t in plan.Terms)
            {
                (t.IsStopWord ? should : must).Add(Word(t, forgiving));
            }
        }

        var body = new JsonObject
        {
            ["from"] = (request.Page - 1) * request.PageSize,
            ["size"] = request.PageSize,
            ["track_total_hits"] = true,
            ["_source"] = new JsonArray("doc"),
            ["query"] = Bool(must, should, Filters(request.Filters)),
            ["sort"] = Sort(plan is null && request.Sort == SearchSort.Relevance ? SearchSort.Name : request.Sort),
        };
        if (request.Facets)
        {
            body["aggs"] = Aggregations();
        }

        return body;
    }

    /// <summary><c>POST {alias}/_search</c> body of an autocomplete: earlier words as in a search, the last as a name prefix.</summary>
    public static JsonObject Suggest(string prefix, int size)
    {
        var plan = SearchQueryPlan.Parse(prefix);
        var must = new JsonArray();
        var should = new JsonArray();
        for (var i = 0; i < plan.Terms.Count; i++)
        {
            var t = plan.Terms[i];
            var last = i == plan.Terms.Count - 1;
            (t.IsStopWord && !last ? should : must).Add(last ? Should(NamePrefix(t)) : Word(t, forgiving: false));
        }

        return new JsonObject
        {
            ["size"] = size * 3,
            ["_source"] = new JsonArray("doc"),
            ["query"] = Bool(must, should, []),
            ["sort"] = Sort(SearchSort.Relevance),
        };
    }

    private static JsonObject Word(SearchTerm t, bool forgiving)
    {
        var any = new JsonArray();
        foreach (var (field, boost) in SearchFields.GreekFields)
        {
            any.Add(Leaf("match", field, "query", t.Folded, boost));
        }

        foreach (var (field, boost) in SearchFields.GreekCandidateFields)
        {
            foreach (var spelling in t.GreekSpellings)
            {
                any.Add(Leaf("match", field, "query", spelling, boost * SearchFields.GreekCandidateBoost / 2));
            }
        }

        if (t.Skeleton.Length > 0)
        {
            foreach (var (field, boost) in SearchFields.SkeletonFields)
            {
                any.Add(Leaf("term", field, "value", t.Skeleton, boost));
            }
        }

        any.Add(Leaf("term", SearchFields.NameLatin, "value", t.Latin, SearchFields.LatinBoost));
        if (forgiving && t.FuzzyEdits > 0 && t.Skeleton.Length > 0)
        {
            foreach (var (field, boost) in SearchFields.FuzzyFields)
            {
                var fuzzyQuery = Leaf("fuzzy", field, "value", t.Skeleton, boost);
                var inner = (JsonObject)((JsonObject)fuzzyQuery["fuzzy"]!)[field]!;
                inner["fuzziness"] = t.FuzzyEdits;
                inner["prefix_length"] = 1;
                inner["max_expansions"] = 50;
                any.Add(fuzzyQuery);
            }
        }

        if (forgiving && t.IsPrefix)
        {
            foreach (var p in NamePrefix(t))
            {
                any.Add(p!.DeepClone());
            }
        }

        // Best way the word matches, no tie breaker: as the Lucene engine's DisjunctionMaxQuery.
        return new JsonObject { ["dis_max"] = new JsonObject { ["queries"] = any, ["tie_breaker"] = 0 } };
    }

    private static JsonArray NamePrefix(SearchTerm t)
    {
        var any = new JsonArray
        {
            Leaf("prefix", SearchFields.NamePrefix, "value", t.Folded, SearchFields.PrefixBoost),
            Leaf("prefix", SearchFields.NameLatin, "value", t.Latin, SearchFields.PrefixBoost),
        };
        if (t.Skeleton.Length > 0)
        {
            any.Add(Leaf("prefix", SearchFields.NameSkeleton, "value", t.Skeleton, SearchFields.PrefixBoost));
        }

        return any;
    }

    private static JsonArray Filters(SearchFilters f)
    {
        var filters = new JsonArray();
        if (!string.IsNullOrWhiteSpace(f.Category))
        {
            filters.Add(Term(SearchFields.CategorySlug, f.Category));
        }

        if (!string.IsNullOrWhiteSpace(f.Producer))
        {
            filters.Add(Guid.TryParse(f.Producer, out var id) ? Term(SearchFields.ProducerId, id.ToString()) : Term(SearchFields.ProducerSlug, f.Producer));
        }

        if (!string.IsNullOrWhiteSpace(f.Region))
        {
            filters.Add(Term(SearchFields.Region, f.Region));
        }

        if (!string.IsNullOrWhiteSpace(f.QualityLabel))
        {
            filters.Add(Term(SearchFields.QualityLabel, f.QualityLabel));
        }

        if (f.Pdo is { } pdo)
        {
            filters.Add(pdo
                ? Term(SearchFields.QualityLabel, "Pdo")
                : new JsonObject { ["bool"] = new JsonObject { ["must_not"] = new JsonArray(Term(SearchFields.QualityLabel, "Pdo")) } });
        }

        if (f.Organic is { } organic)
        {
            filters.Add(new JsonObject { ["term"] = new JsonObject { [SearchFields.Organic] = organic } });
        }

        if (f.MinPrice is not null || f.MaxPrice is not null)
        {
            var range = new JsonObject();
            if (f.MinPrice is { } min)
            {
                range["gte"] = (long)Math.Ceiling(min * 100m);
            }

            if (f.MaxPrice is { } max)
            {
                range["lte"] = (long)Math.Floor(max * 100m);
            }

            filters.Add(new JsonObject { ["range"] = new JsonObject { [SearchFields.PriceCents] = range } });
        }

        return filters;
    }

    private static JsonArray Sort(SearchSort sort)
    {
        static JsonObject By(string field, string order) => new() { [field] = new JsonObject { ["order"] = order } };
        return sort switch
        {
            SearchSort.Name => [By(SearchFields.NameSort, "asc")],
            SearchSort.Newest => [By(SearchFields.Created, "desc"), By(SearchFields.NameSort, "asc")],
            SearchSort.PriceAsc => [By(SearchFields.PriceCents, "asc"), By(SearchFields.NameSort, "asc")],
            SearchSort.PriceDesc => [By(SearchFields.PriceCents, "desc"), By(SearchFields.NameSort, "asc")],
            _ => [By("_score", "desc"), By(SearchFields.NameSort, "asc")],
        };
    }

    private static JsonObject Aggregations()
    {
        static JsonObject Terms(string field) => new() { ["terms"] = new JsonObject { ["field"] = field, ["size"] = SearchFacets.MaxValues } };
        var ranges = new JsonArray();
        foreach (var (key, from, to) in SearchFacets.PriceRanges)
        {
            var r = new JsonObject { ["key"] = key, ["from"] = from };
            if (to is { } t)
            {
                r["to"] = t;
            }

            ranges.Add(r);
        }

        return new JsonObject
        {
            [SearchFacets.Category] = Terms(FacetField(SearchFacets.Category)),
            [SearchFacets.Producer] = Terms(FacetField(SearchFacets.Producer)),
            [SearchFacets.Region] = Terms(SearchFields.Region),
            [SearchFacets.QualityLabel] = Terms(SearchFields.QualityLabel),
            [SearchFacets.Organic] = Terms(SearchFields.Organic),
            [SearchFacets.Price] = new JsonObject { ["range"] = new JsonObject { ["field"] = SearchFields.PriceCents, ["ranges"] = ranges } },
        };
    }

    private static JsonObject Bool(JsonArray must, JsonArray should, JsonArray filter)
    {
        var b = new JsonObject();
        if (must.Count > 0)
        {
            b["must"] = must;
        }

        if (should.Count > 0)
        {
            b["should"] = should;
        }

        if (filter.Count > 0)
        {
            b["filter"] = filter;
        }

        if (must.Count == 0 && should.Count == 0)
        {
            b["must"] = new JsonArray(new JsonObject { ["match_all"] = new JsonObject() });
        }

        return new JsonObject { ["bool"] = b };
    }

    private static JsonObject Should(JsonArray any) =>
        new() { ["bool"] = new JsonObject { ["should"] = any, ["minimum_should_match"] = 1 } };

    private static JsonObject Leaf(string kind, string field, string valueName, string value, float boost) =>
        new() { [kind] = new JsonObject { [field] = new JsonObject { [valueName] = value, ["boost"] = Math.Round((double)boost, 3) } } };

    private static JsonObject Term(string field, string value) => new() { ["term"] = new JsonObject { [field] = value } };

    private static JsonArray Array(IEnumerable<string> items)
    {
        var a = new JsonArray();
        foreach (var i in items)
        {
            a.Add(i);
        }

        return a;
    }

    private static JsonObject Analyzer(string tokenizer, string[] charFilters, string[] filters) => new()
    {
        ["type"] = "custom",
        ["char_filter"] = Array(charFilters),
        ["tokenizer"] = tokenizer,
        ["filter"] = Array(filters),
    };

    private static JsonObject Text(string analyzer) => new() { ["type"] = "text", ["analyzer"] = analyzer };

    private static JsonObject Keyword() => new() { ["type"] = "keyword" };
}
