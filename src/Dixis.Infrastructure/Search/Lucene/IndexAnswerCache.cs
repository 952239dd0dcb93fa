using System.Collections.Concurrent;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// Answers of the current index state, by request. Cleared whenever the index changes (after every commit's refresh),
/// and an answer computed before a change is never kept, so no answer is staler than the searcher it came from.
/// Bounded by clearing when full: its whole content is dropped at the next product change anyway. Capacity 0 turns
/// it off (the benchmark measures the engine that way).
/// </summary>
internal sealed class IndexAnswerCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _answers = new();
    private long _generation;

    /// <summary>Read before acquiring the searcher; pass to <see cref="Add"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(TKey key, out TValue value)
    {
        if (capacity > 0)
        {
            return _answers.TryGetValue(key, out value!);
        }

        value = default!;
        return false;
    }

    /// <summary>Keeps an answer computed at <paramref name="generation"/> unless the index changed meanwhile.</summary>
    public void Add(TKey key, TValue value, long generation)
    {
        if (capacity <= 0)
        {
            return;
        }

        if (_answers.Count >= capacity)
        {
            _answers.Clear();
        }

        _answers[key] = value;
        if (generation != Generation)
        {
            // The index changed while this answer was computed (Invalidate may have run before or after the add).
            _answers.TryRemove(key, out _);
        }
    }

    /// <summary>Call after the new searcher is visible.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _answers.Clear();
    }
}
