using Dixis.Domain.Greek;

namespace Dixis.Benchmarks;

/// <summary>
/// A shop's search traffic: a few thousand distinct queries (one to three words of a product's name, typed in Greek
/// with and without accents, in capitals or in ELOT Greeklish) drawn with a Zipf distribution, so a few queries are
/// very common and most are rare. Deterministic for a given seed.
/// </summary>
internal sealed class TrafficQueries
{
    private readonly string[] _queries;
    private readonly double[] _cumulative;

    public TrafficQueries(IReadOnlyList<string> productNames, int distinct, double exponent, int seed = 7)
    {
        var random = new Random(seed);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (set.Count < distinct)
        {
            var words = productNames[random.Next(productNames.Count)].Split(' ');
            var count = 1 + random.Next(Math.Min(3, words.Length));
            var first = random.Next(words.Length - count + 1);
            var text = string.Join(' ', words[first..(first + count)]);
            set.Add(random.Next(4) switch
            {
                0 => GreekText.Fold(text),
                1 => text.ToUpperInvariant(),
                2 => GreekText.Fold(GreekText.ToLatin(text)),
                _ => text,
            });
        }

        // Shuffled, so the common queries are not the first generated.
        _queries = [.. set.OrderBy(_ => random.Next())];
        _cumulative = new double[distinct];
        var sum = 0.0;
        for (var rank = 0; rank < distinct; rank++)
        {
            sum += 1 / Math.Pow(rank + 1, exponent);
            _cumulative[rank] = sum;
        }

        for (var rank = 0; rank < distinct; rank++)
        {
            _cumulative[rank] /= sum;
        }
    }

    public int Distinct => _queries.Length;

    /// <summary>Share of requests that go to the <paramref name="top"/> most common queries.</summary>
    public double ShareOfTop(int top) => _cumulative[Math.Min(top, _cumulative.Length) - 1];

    public string Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return _queries[Math.Min(_queries.Length - 1, index < 0 ? ~index : index)];
    }
}
