using Dixis.Infrastructure.Search.Lucene;

namespace Dixis.Infrastructure.Tests.Search;

/// <summary>The search engine's answer cache: never staler than the index, bounded, and it keeps what is asked often.</summary>
public sealed class IndexAnswerCacheTests
{
    [Fact]
    public void An_answer_is_kept_until_the_index_changes()
    {
        var cache = new IndexAnswerCache<string, int>(16);
        cache.Add("meli", 7, cache.Generation);

        Assert.True(cache.TryGet("meli", out var kept));
        Assert.Equal(7, kept);

        cache.Invalidate();
        Assert.False(cache.TryGet("meli", out _));
    }

    [Fact]
    public void An_answer_computed_before_a_change_is_not_kept()
    {
        var cache = new IndexAnswerCache<string, int>(16);
        var generation = cache.Generation;
        cache.Invalidate(); // a commit lands while the answer is being computed

        cache.Add("meli", 7, generation);

        Assert.False(cache.TryGet("meli", out _));
    }

    [Fact]
    public void Capacity_zero_keeps_nothing()
    {
        var cache = new IndexAnswerCache<string, int>(0);
        cache.Add("meli", 7, cache.Generation);

        Assert.False(cache.TryGet("meli", out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Common_queries_stay_while_thousands_asked_once_pass_through()
    {
        const int capacity = 100;
        var cache = new IndexAnswerCache<string, int>(capacity);
        var common = Enumerable.Range(0, 20).Select(i => "common " + i).ToArray();
        int Ask(string q)
        {
            if (cache.TryGet(q, out var answer))
            {
                return answer;
            }

            cache.Add(q, q.Length, cache.Generation);
            return -1;
        }

        // Traffic: each common query now and then, between 50 queries nobody asks again.
        var missesOfCommon = 0;
        for (var round = 0; round < 200; round++)
        {
            foreach (var q in common)
            {
                missesOfCommon += round >= 10 && Ask(q) < 0 ? 1 : 0;
                Ask(q);
            }

            for (var once = 0; once < 50; once++)
            {
                Ask($"once {round} {once}");
            }
        }

        // 10,000 queries asked once went through a cache of 100; the 20 common ones were not pushed out by them
        // (clearing when full, the policy before, lost all of them every other round).
        Assert.True(missesOfCommon <= common.Length, $"{missesOfCommon} misses of common queries after the first rounds");
        Assert.InRange(cache.Count, 1, capacity + 32);
    }
}
