using Dixis.Infrastructure.Search.Lucene;

namespace Dixis.Infrastructure.Tests.Search;

/// <summary>Facet rows packed into 64-bit words give back every number as it was set, in one word or several.</summary>
public sealed class RowLayoutTests
{
    [Theory]
    [InlineData(new[] { 13, 501, 21, 5, 3, 6 }, 1)]
    [InlineData(new[] { 1, 2, 1 << 16 }, 1)]
    [InlineData(new[] { 1 << 20, 1 << 20, 1 << 20, 1 << 20 }, 2)]
    [InlineData(new[] { int.MaxValue, int.MaxValue, int.MaxValue }, 2)]
    public void Numbers_come_back_as_set_without_touching_their_neighbours(int[] sizes, int words)
    {
        var layout = new RowLayout(sizes);
        Assert.Equal(words, layout.Words);
        const int Docs = 50;
        var rows = new ulong[Docs * layout.Words];
        var random = new Random(7);
        var expected = new int[Docs, sizes.Length];
        for (var pass = 0; pass < 2; pass++)
        {
            // The second pass overwrites every number: old bits must not survive.
            for (var d = 0; d < Docs; d++)
            {
                for (var i = 0; i < sizes.Length; i++)
                {
                    var value = d % 7 == 0 ? sizes[i] - 1 : random.Next(sizes[i]);
                    expected[d, i] = value;
                    layout.Set(rows, d, i, value);
                }
            }
        }

        for (var d = 0; d < Docs; d++)
        {
            for (var i = 0; i < sizes.Length; i++)
            {
                Assert.Equal(expected[d, i], layout.Get(rows, d, i));
            }
        }
    }
}
