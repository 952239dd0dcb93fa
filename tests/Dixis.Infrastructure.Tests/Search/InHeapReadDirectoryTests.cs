using Dixis.Infrastructure.Search.Lucene;
using Lucene.Net.Store;

namespace Dixis.Infrastructure.Tests.Search;

/// <summary>Index files read from memory give back exactly what Lucene wrote, and refuse to read past their end.</summary>
public sealed class InHeapReadDirectoryTests : IDisposable
{
    private static readonly int[] Ints = [0, 1, 127, 128, 16_383, 16_384, int.MaxValue, -1, int.MinValue, 42];
    private static readonly long[] Longs = [0, 1, 127, 128, long.MaxValue, 1L << 40, 5_000_000_000];

    private readonly DirectoryInfo _folder = System.IO.Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "dixis-inheap-" + Guid.NewGuid().ToString("N")[..8]));

    [Fact]
    public void Numbers_bytes_and_strings_read_back_as_written()
    {
        using var directory = new InHeapReadDirectory(_folder);
        using (var output = directory.CreateOutput("f", IOContext.DEFAULT))
        {
            foreach (var i in Ints)
            {
                output.WriteVInt32(i);
                output.WriteInt32(i);
                output.WriteInt16((short)i);
            }

            foreach (var l in Longs)
            {
                output.WriteVInt64(l);
                output.WriteInt64(l);
            }

            output.WriteString("Μέλι θυμαρίσιο");
            output.WriteBytes([1, 2, 3, 255], 4);
        }

        using var input = directory.OpenInput("f", IOContext.READ);
        Assert.IsType<InHeapIndexInput>(input);
        foreach (var i in Ints)
        {
            Assert.Equal((i, i, (short)i), (input.ReadVInt32(), input.ReadInt32(), input.ReadInt16()));
        }

        foreach (var l in Longs)
        {
            Assert.Equal((l, l), (input.ReadVInt64(), input.ReadInt64()));
        }

        Assert.Equal("Μέλι θυμαρίσιο", input.ReadString());
        var clone = (IndexInput)input.Clone();
        var bytes = new byte[4];
        input.ReadBytes(bytes, 0, 4);
        Assert.Equal(new byte[] { 1, 2, 3, 255 }, bytes);
        Assert.Equal(input.Length, input.Position);

        // A clone keeps its own position over the same bytes.
        Assert.Equal(1, clone.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.Seek(input.Length + 1));
        input.Seek(0);
        Assert.Equal(Ints[0], input.ReadVInt32());
    }

    [Fact]
    public void Merges_read_from_disk()
    {
        using var directory = new InHeapReadDirectory(_folder);
        using (var output = directory.CreateOutput("m", IOContext.DEFAULT))
        {
            output.WriteInt32(7);
        }

        using var merging = directory.OpenInput("m", new IOContext(new MergeInfo(1, 4, false, 1)));
        Assert.IsNotType<InHeapIndexInput>(merging);
        Assert.Equal(7, merging.ReadInt32());
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
