using System.Numerics;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// Small numbers packed side by side into 64-bit words, one row of <see cref="Words"/> words per document: position
/// <c>i</c> takes as many bits as its largest number needs and never straddles two words.
/// </summary>
internal sealed class RowLayout
{
    /// <param name="sizes">Per position, how many distinct numbers it holds (0 to size - 1).</param>
    public RowLayout(IReadOnlyList<int> sizes)
    {
        Word = new int[sizes.Count];
        Shift = new int[sizes.Count];
        Mask = new ulong[sizes.Count];
        var word = 0;
        var used = 0;
        for (var i = 0; i < sizes.Count; i++)
        {
            var bits = Math.Max(1, 32 - BitOperations.LeadingZeroCount((uint)Math.Max(0, sizes[i] - 1)));
            if (used + bits > 64)
            {
                word++;
                used = 0;
            }

            Word[i] = word;
            Shift[i] = used;
            Mask[i] = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
            used += bits;
        }

        Words = word + 1;
    }

    /// <summary>Words per row.</summary>
    public int Words { get; }

    /// <summary>Per position, its word in the row.</summary>
    public int[] Word { get; }

    /// <summary>Per position, its lowest bit in that word.</summary>
    public int[] Shift { get; }

    /// <summary>Per position, its bits once shifted down.</summary>
    public ulong[] Mask { get; }

    public void Set(ulong[] rows, int row, int position, int value)
    {
        ref var word = ref rows[(row * Words) + Word[position]];
        word = (word & ~(Mask[position] << Shift[position])) | (((ulong)value & Mask[position]) << Shift[position]);
    }

    public int Get(ulong[] rows, int row, int position) => (int)((rows[(row * Words) + Word[position]] >> Shift[position]) & Mask[position]);
}
