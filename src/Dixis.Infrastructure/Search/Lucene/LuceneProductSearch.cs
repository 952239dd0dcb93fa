using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// The embedded engine: a Lucene.NET index on disk. One <see cref="IndexWriter"/> for the process (writes are
/// serialised), a <see cref="SearcherManager"/> refreshed after every commit, so searches never block on writes
/// and always see a committed, complete state. Thread-safe; register as a singleton.
/// </summary>
public sealed class LuceneProductSearch : IProductSearch, IProductIndexer, IDisposable
{
    internal const char Separator = SearchFacetValues.Separator;

    /// <summary>
    /// Layout of the documents in the index. An index written by another layout is emptied when opened, so the
    /// start-up check rebuilds it from the database (the index is a copy; the database is the truth).
    /// </summary>
    internal const string Format = "3";

    private const string FormatKey = "dixis_format";
    private const string DocField = "doc";

    private readonly LuceneDirectory _directory;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SemaphoreSlim _turns;
    private readonly string _path;
    private readonly IndexAnswerCache<SearchRequest, SearchResult> _results;
    private readonly IndexAnswerCache<(string Prefix, int Size), IReadOnlyList<Suggestion>> _suggestions;
    private bool _disposed;

    /// <param name="path">Folder of the index.</param>
    /// <param name="answerCacheSize">Answers kept per kind (searches, suggestions) until the index changes; 0 for none.</param>
    /// <param name="concurrentSearches">Searches that run at once, the others waiting in turn; 0 for one per processor.</param>
    public LuceneProductSearch(string path, int answerCacheSize = 1024, int concurrentSearches = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(concurrentSearches);
        var slots = concurrentSearches == 0 ? Environment.ProcessorCount : concurrentSearches;
        _turns = new SemaphoreSlim(slots, slots);
        _path = Path.GetFullPath(path);
        System.IO.Directory.CreateDirectory(_path);
        _directory = new InHeapReadDirectory(new DirectoryInfo(_path));
        _analyzer = CreateAnalyzer();
        var mode = DirectoryReader.IndexExists(_directory) && StoredFormat(_directory) != Format ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND;
        _writer = new IndexWriter(_directory, new IndexWriterConfig(GreekFoldingAnalyzer.Version, _analyzer) { OpenMode = mode });
        _writer.SetCommitData(new Dictionary<string, string> { [FormatKey] = Format });
        _results = new(answerCacheSize);
        _suggestions = new(answerCacheSize);
        // A new index has no commit yet; commit the empty one so readers can open.
        _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new NameRankedSearcher.Factory());
    }

    /// <summary>Per-field analysis: stemmed Greek for text, whitespace for the C#-made skeletons, folding only for Latin and prefixes.</summary>
    public static Analyzer CreateAnalyzer()
    {
        var greek = new GreekFoldingAnalyzer(stem: true);
        var fold = new GreekFoldingAnalyzer(stem: false);
        var whitespace = new WhitespaceAnalyzer(GreekFoldingAnalyzer.Version);
        return new PerFieldAnalyzerWrapper(greek, new Dictionary<string, Analyzer>
        {
            [SearchFields.NameSkeleton] = whitespace,
            [SearchFields.DescriptionSkeleton] = whitespace,
            [SearchFields.ProducerSkeleton] = whitespace,
            [SearchFields.PlaceSkeleton] = whitespace,
            [SearchFields.CategorySkeleton] = whitespace,
            [SearchFields.NameLatin] = fold,
            [SearchFields.NamePrefix] = fold,
        });
    }

    public string Location => _path;

    // ---- indexing ----

    public async Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken ct = default)
    {
        if (documents.Count == 0)
        {
            return;
        }

        await _writeLock.WaitAsync(ct);
        try
        {
            foreach (var d in documents)
            {
                _writer.UpdateDocument(new Term(SearchFields.Id, d.Id.ToString()), ToLucene(d));
            }

            CommitAndRefresh();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await _writeLock.WaitAsync(ct);
        try
        {
            _writer.DeleteDocuments(ids.Select(id => new Term(SearchFields.Id, id.ToString())).ToArray());
            CommitAndRefresh();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<long> RebuildAsync(IAsyncEnumerable<SearchDocument> documents, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            // Searchers keep the last commit until the new one is complete: DeleteAll and the adds become visible together.
            _writer.DeleteAll();
            long count = 0;
            try
            {
                await foreach (var d in documents.WithCancellation(ct))
                {
                    _writer.AddDocument(ToLucene(d));
                    if (++count % 1000 == 0)
                    {
                        progress?.Report(count);
                    }
                }
            }
            catch
            {
                _writer.Rollback();
                throw;
            }

            // One segment: every query looks each of its terms up once per segment, and a rebuilt index is read far
            // more often than it is written. Later updates add small segments that the merge policy folds in.
            _writer.ForceMerge(1);
            CommitAndRefresh();
            progress?.Report(count);
            return count;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private void CommitAndRefresh()
    {
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
        // After the refresh: a search that starts from now on sees the new searcher.
        _results.Invalidate();
        _suggestions.Invalidate();
    }

    private static string? StoredFormat(LuceneDirectory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.UserData.TryGetValue(FormatKey, out var format) ? format : null;
    }

    internal static Document ToLucene(SearchDocument d)
    {
        var place = string.Join(' ', d.Region, d.Place);
        var doc = new Document
        {
            new StringField(SearchFields.Id, d.Id.ToString(), Field.Store.YES),
            new TextField(SearchFields.Name, d.Name, Field.Store.NO),
            new TextField(SearchFields.Description, d.Description, Field.Store.NO),
            new TextField(SearchFields.Producer, d.ProducerName, Field.Store.NO),
            new TextField(SearchFields.Place, place, Field.Store.NO),
            new TextField(SearchFields.Category, d.CategoryName, Field.Store.NO),
            new TextField(SearchFields.NameSkeleton, SearchFields.Skeleton(d.Name), Field.Store.NO),
            new TextField(SearchFields.DescriptionSkeleton, SearchFields.Skeleton(d.Description), Field.Store.NO),
            new TextField(SearchFields.ProducerSkeleton, SearchFields.Skeleton(d.ProducerName), Field.Store.NO),
            new TextField(SearchFields.PlaceSkeleton, SearchFields.Skeleton(place), Field.Store.NO),
            new TextField(SearchFields.CategorySkeleton, SearchFields.Skeleton(d.CategoryName), Field.Store.NO),
            new TextField(SearchFields.NameLatin, SearchFields.Latin(d.Name), Field.Store.NO),
            new TextField(SearchFields.NamePrefix, d.Name, Field.Store.NO),
            new StringField(SearchFields.CategorySlug, d.CategorySlug, Field.Store.NO),
            new StringField(SearchFields.ProducerSlug, d.ProducerSlug, Field.Store.NO),
            new StringField(SearchFields.ProducerId, d.ProducerId.ToString(), Field.Store.NO),
            new StringField(SearchFields.Region, d.Region, Field.Store.NO),
            new StringField(SearchFields.QualityLabel, d.QualityLabel, Field.Store.NO),
            new StringField(SearchFields.Organic, d.IsOrganic ? "true" : "false", Field.Store.NO),
            new Int64Field(SearchFields.PriceCents, d.PriceCents, Field.Store.NO),
            new NumericDocValuesField(SearchFields.PriceCents, d.PriceCents),
            new NumericDocValuesField(SearchFields.Created, d.CreatedAt.UtcTicks),
            new SortedDocValuesField(SearchFields.NameSort, new BytesRef(SearchFields.SortKey(d.Name))),
            new SortedDocValuesField(Facet(SearchFacets.Category), new BytesRef(d.CategorySlug + Separator + d.CategoryName)),
            new SortedDocValuesField(Facet(SearchFacets.Producer), new BytesRef(d.ProducerSlug + Separator + d.ProducerName)),
            new SortedDocValuesField(Facet(SearchFacets.Region), new BytesRef(d.Region)),
            new SortedDocValuesField(Facet(SearchFacets.QualityLabel), new BytesRef(d.QualityLabel)),
            new SortedDocValuesField(Facet(SearchFacets.Organic), new BytesRef(d.IsOrganic ? "true" : "false")),
            // A doc value, not a stored field: stored fields decompress a whole block per hit.
            new BinaryDocValuesField(DocField, new BytesRef(SearchDocumentRecord.Encode(d))),
        };
        return doc;
    }

    internal static string Facet(string name) => "facet_" + name;

    // ---- searching ----

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        SearchQueryPlan? plan = null;
        if (!string.IsNullOrWhiteSpace(request.Query))
        {
            plan = SearchQueryPlan.Parse(request.Query);
            if (plan.IsEmpty)
            {
                return SearchResult.Empty;
            }
        }

        if (_results.TryGet(request, out var cached))
        {
            return cached;
        }

        await _turns.WaitAsync(ct);
        try
        {
            var generation = _results.Generation;
            var result = Run(request, plan, forgiving: false);
            if (result.Total == 0 && plan is not null && plan.CanForgive)
            {
                // Nothing as typed: try again with the word being typed as a prefix and typos forgiven.
                result = Run(request, plan, forgiving: true);
            }

            _results.Add(request, result, generation);
            return result;
        }
        finally
        {
            _turns.Release();
        }
    }

    private SearchResult Run(SearchRequest request, SearchQueryPlan? plan, bool forgiving)
    {
        var query = plan is null ? new MatchAllDocsQuery() : LuceneQueries.Text(plan, forgiving);
        var filter = LuceneQueries.Filter(request.Filters);
        if (filter is not null)
        {
            query = new FilteredQuery(query, new QueryWrapperFilter(filter));
        }

        var searcher = (NameRankedSearcher)_searchers.Acquire();
        try
        {
            var facets = request.Facets ? new LuceneFacetCollector() : null;
            var (page, total) = Collect(searcher, query, facets, plan is null && request.Sort == SearchSort.Relevance ? SearchSort.Name : request.Sort, request.Page, request.PageSize);
            var hits = new List<SearchHit>(page.Count);
            var bytes = new BytesRef();
            var marks = forgiving ? plan : plan?.AsTyped();
            foreach (var (docId, score) in page)
            {
                var doc = Load(searcher, docId, bytes);
                hits.Add(request.Highlight && marks is not null
                    ? new SearchHit(doc, score, SearchHighlighter.Mark(doc.Name, marks), SearchHighlighter.Snippet(doc.Description, marks))
                    : new SearchHit(doc, score));
            }

            return new SearchResult(hits, total, facets?.Result() ?? new Dictionary<string, IReadOnlyList<FacetValue>>());
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// One page of hits in the requested order, and the number of all hits. Relevance and name order use the
    /// searcher's name ranks; price and date orders Lucene's field sort (name as the tie-break).
    /// </summary>
    private static (IReadOnlyList<(int Doc, float Score)> Page, int Total) Collect(
        NameRankedSearcher searcher, Query query, LuceneFacetCollector? facets, SearchSort sort, int page, int pageSize)
    {
        var wanted = Math.Max(1, page * pageSize);
        var skip = (page - 1) * pageSize;
        if (sort is SearchSort.Relevance or SearchSort.Name)
        {
            var ranked = new RankedHitsCollector(searcher.NameRanks, wanted, byScore: sort == SearchSort.Relevance, facets);
            searcher.Search(query, ranked);
            return (ranked.Page(skip).Select(h => (h.Doc, h.Score)).ToList(), ranked.TotalHits);
        }

        var top = TopFieldCollector.Create(LuceneQueries.Sort(sort), wanted, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        searcher.Search(query, facets is null ? top : MultiCollector.Wrap(top, facets));
        return (top.GetTopDocs(skip, pageSize).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList(), top.TotalHits);
    }

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int size = 8, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var plan = SearchQueryPlan.Parse(prefix);
        if (plan.IsEmpty)
        {
            return [];
        }

        if (_suggestions.TryGet((prefix, size), out var cached))
        {
            return cached;
        }

        await _turns.WaitAsync(ct);
        try
        {
            var generation = _suggestions.Generation;
            var searcher = (NameRankedSearcher)_searchers.Acquire();
            try
            {
                var (top, _) = Collect(searcher, LuceneQueries.Suggest(plan), facets: null, SearchSort.Relevance, 1, size * 3);
                var list = new List<Suggestion>(size);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var bytes = new BytesRef();
                foreach (var (docId, _) in top)
                {
                    var doc = Load(searcher, docId, bytes);
                    if (seen.Add(doc.Name))
                    {
                        list.Add(new Suggestion(doc.Name, doc.Slug, doc.CategorySlug));
                    }

                    if (list.Count == size)
                    {
                        break;
                    }
                }

                _suggestions.Add((prefix, size), list, generation);
                return list;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
        finally
        {
            _turns.Release();
        }
    }

    /// <summary>The product behind a hit, from its segment's binary doc value.</summary>
    private static SearchDocument Load(IndexSearcher searcher, int doc, BytesRef bytes)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(DocField) ?? throw new InvalidDataException("The search index has no documents' data: rebuild it.");
        values.Get(doc - leaf.DocBase, bytes);
        return SearchDocumentRecord.Decode(bytes.Bytes, bytes.Offset, bytes.Length);
    }

    public Task<SearchIndexStatus> StatusAsync(CancellationToken ct = default)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var exists = DirectoryReader.IndexExists(_directory);
            return Task.FromResult(new SearchIndexStatus(exists, searcher.IndexReader.NumDocs, "lucene", _path));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
        _writeLock.Dispose();
        _turns.Dispose();
    }

    internal static string Cents(long cents) => (cents / 100m).ToString("0.##", CultureInfo.InvariantCulture);
}
