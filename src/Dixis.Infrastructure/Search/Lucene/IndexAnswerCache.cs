using BitFaster.Caching.Lfu;
using BitFaster.Caching.Scheduler;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// Answers of the current index state, by request. Cleared whenever the index changes (after every commit's refresh),
/// and an answer computed before a change is never kept, so no answer is staler than the searcher it came from.
/// Bounded by W-TinyLFU (BitFaster's <see cref="ConcurrentLfu{K, V}"/>): what people search often stays, a query
/// asked once passes through a small window and leaves. The earlier clear-when-full policy emptied the whole cache
/// every couple of seconds under real traffic (5,000 distinct queries, 1,024 places): the common queries were computed
/// again after every clear, and each clear left megabytes of long-lived answers for the full garbage collector.
/// Capacity 0 turns it off (the benchmark measures the engine that way).
/// </summary>
internal sealed class IndexAnswerCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    // The policy needs room for its window and main segments; below that, three places. Its upkeep runs on the thread
    // that adds (a batch at a time), so the bound holds under load instead of waiting for a thread-pool turn.
    private readonly ConcurrentLfu<TKey, TValue>? _answers = capacity > 0
        ? new(Environment.ProcessorCount, Math.Max(3, capacity), new ForegroundScheduler(), EqualityComparer<TKey>.Default)
        : null;
    private long _generation;

    /// <summary>Read before acquiring the searcher; pass to <see cref="Add"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Answers kept now (the policy trims in batches, so briefly a few more than the capacity).</summary>
    public int Count => _answers?.Count ?? 0;

    public bool TryGet(TKey key, out TValue value)
    {
        if (_answers is not null)
        {
            return _answers.TryGet(key, out value!);
        }

        value = default!;
        return false;
    }

    /// <summary>Keeps an answer computed at <paramref name="generation"/> unless the index changed meanwhile.</summary>
    public void Add(TKey key, TValue value, long generation)
    {
        if (_answers is null)
        {
            return;
        }

        _answers.AddOrUpdate(key, value);
        if (generation != Generation)
        {
            // The index changed while this answer was computed (Invalidate may have run before or after the add).
            _answers.TryRemove(key);
        }
    }

    /// <summary>Call after the new searcher is visible.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _answers?.Clear();
    }
}
