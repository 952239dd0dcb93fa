using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>Lucene queries built from a <see cref="SearchQueryPlan"/>; the Elasticsearch bodies follow the same shape.</summary>
public static class LuceneQueries
{
    /// <summary>
    /// Every word (stop words optional) must match in at least one way: its stem in a Greek field, its skeleton in
    /// a skeleton field, its ELOT Latin form in the name or a Greek spelling of a Latin word. With
    /// <paramref name="forgiving"/> also as a prefix (the word being typed) and, from 5 letters, as a skeleton within
    /// 1 edit (2 from 8 letters). Engines run the exact query first and the forgiving one only when nothing matched:
    /// prefixes and edit distances expand to many terms and are the expensive part, needed only then.
    /// </summary>
    public static Query Text(SearchQueryPlan plan, bool forgiving)
    {
        var all = new BooleanQuery();
        foreach (var t in plan.Terms)
        {
            all.Add(Word(t, prefixOnly: false, forgiving), t.IsStopWord ? Occur.SHOULD : Occur.MUST);
        }

        return all;
    }

    /// <summary>Autocomplete: the earlier words as in <see cref="Text"/>, the last one as a prefix of a name word.</summary>
    public static Query Suggest(SearchQueryPlan plan)
    {
        var all = new BooleanQuery();
        for (var i = 0; i < plan.Terms.Count; i++)
        {
            var t = plan.Terms[i];
            var last = i == plan.Terms.Count - 1;
            all.Add(last ? NamePrefix(t) : Word(t, prefixOnly: false, forgiving: false), t.IsStopWord && !last ? Occur.SHOULD : Occur.MUST);
        }

        return all;
    }

    /// <summary>
    /// The best way one word matches (dis_max, no tie breaker): a word found in the name scores as a name match
    /// whatever the description says, so equally good names tie and are ordered by name.
    /// </summary>
    private static WordMatchQuery Word(SearchTerm t, bool prefixOnly, bool forgiving)
    {
        var any = new WordMatchQuery();
        if (!prefixOnly)
        {
            foreach (var (field, boost) in SearchFields.GreekFields)
            {
                any.Add(new TermQuery(new Term(field, t.Stem)) { Boost = boost });
            }

            foreach (var (field, boost) in SearchFields.GreekCandidateFields)
            {
                foreach (var stem in t.GreekStems)
                {
                    any.Add(new TermQuery(new Term(field, stem)) { Boost = boost * SearchFields.GreekCandidateBoost / 2 });
                }
            }

            if (t.Skeleton.Length > 0)
            {
                foreach (var (field, boost) in SearchFields.SkeletonFields)
                {
                    any.Add(new TermQuery(new Term(field, t.Skeleton)) { Boost = boost });
                }
            }

            any.Add(new TermQuery(new Term(SearchFields.NameLatin, t.Latin)) { Boost = SearchFields.LatinBoost });
            if (forgiving && t.FuzzyEdits > 0 && t.Skeleton.Length > 0)
            {
                foreach (var (field, boost) in SearchFields.FuzzyFields)
                {
                    any.Add(new SharedAutomataFuzzyQuery(new Term(field, t.Skeleton), t.FuzzyEdits, prefixLength: 1) { Boost = boost });
                }
            }
        }

        if ((forgiving && t.IsPrefix) || prefixOnly)
        {
            foreach (var clause in NamePrefix(t).Clauses)
            {
                any.Add(clause.Query);
            }
        }

        return any;
    }

    private static BooleanQuery NamePrefix(SearchTerm t)
    {
        var any = new BooleanQuery(disableCoord: true)
        {
            { new PrefixQuery(new Term(SearchFields.NamePrefix, t.Folded)) { Boost = SearchFields.PrefixBoost }, Occur.SHOULD },
            { new PrefixQuery(new Term(SearchFields.NameLatin, t.Latin)) { Boost = SearchFields.PrefixBoost }, Occur.SHOULD },
        };
        if (t.Skeleton.Length > 0)
        {
            any.Add(new PrefixQuery(new Term(SearchFields.NameSkeleton, t.Skeleton)) { Boost = SearchFields.PrefixBoost }, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>The filters as one constant-score query, or null for none.</summary>
    public static Query? Filter(SearchFilters f)
    {
        var all = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(f.Category))
        {
            all.Add(new TermQuery(new Term(SearchFields.CategorySlug, f.Category)), Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(f.Producer))
        {
            var field = Guid.TryParse(f.Producer, out _) ? SearchFields.ProducerId : SearchFields.ProducerSlug;
            var value = Guid.TryParse(f.Producer, out var id) ? id.ToString() : f.Producer;
            all.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(f.Region))
        {
            all.Add(new TermQuery(new Term(SearchFields.Region, f.Region)), Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(f.QualityLabel))
        {
            all.Add(new TermQuery(new Term(SearchFields.QualityLabel, f.QualityLabel)), Occur.MUST);
        }

        if (f.Pdo is { } pdo)
        {
            var isPdo = new TermQuery(new Term(SearchFields.QualityLabel, "Pdo"));
            if (pdo)
            {
                all.Add(isPdo, Occur.MUST);
            }
            else
            {
                all.Add(new MatchAllDocsQuery(), Occur.MUST);
                all.Add(isPdo, Occur.MUST_NOT);
            }
        }

        if (f.Organic is { } organic)
        {
            all.Add(new TermQuery(new Term(SearchFields.Organic, organic ? "true" : "false")), Occur.MUST);
        }

        if (f.MinPrice is not null || f.MaxPrice is not null)
        {
            long? min = f.MinPrice is { } a ? (long)Math.Ceiling(a * 100m) : null;
            long? max = f.MaxPrice is { } b ? (long)Math.Floor(b * 100m) : null;
            all.Add(NumericRangeQuery.NewInt64Range(SearchFields.PriceCents, min, max, true, true), Occur.MUST);
        }

        return all.Clauses.Count == 0 ? null : all;
    }

    /// <summary>
    /// Field sorts for price and date, name breaking ties. Relevance and name order do not come here: they are
    /// collected with the searcher's name ranks (<see cref="RankedHitsCollector"/>).
    /// </summary>
    public static Sort Sort(SearchSort sort) => sort switch
    {
        SearchSort.Newest => new Sort(new SortField(SearchFields.Created, SortFieldType.INT64, reverse: true), new SortField(SearchFields.NameSort, SortFieldType.STRING)),
        SearchSort.PriceAsc => new Sort(new SortField(SearchFields.PriceCents, SortFieldType.INT64), new SortField(SearchFields.NameSort, SortFieldType.STRING)),
        SearchSort.PriceDesc => new Sort(new SortField(SearchFields.PriceCents, SortFieldType.INT64, reverse: true), new SortField(SearchFields.NameSort, SortFieldType.STRING)),
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Relevance and name order are collected by rank."),
    };
}
