using System.Buffers.Binary;
using Lucene.Net.Store;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// The index folder, written through the file system as usual, read from memory: each file a searcher opens is
/// loaded once into one array (files are written once and never change in Lucene). Lucene.NET's memory-mapped inputs
/// register every clone in a locked weak table, and a query clones inputs for each term it looks up: with eight
/// searches at once they queued on that lock. Plain file reads avoid the lock but cost a system call per block.
/// Reading from an array does neither. The price is the index in the managed heap (about 65 MB for 100,000 products);
/// merges, which read each file once, still read from disk.
/// </summary>
internal sealed class InHeapReadDirectory(DirectoryInfo path) : NIOFSDirectory(path)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = new FileInfo(Path.Combine(Directory.FullName, name));
        if (context.Context == IOContext.UsageContext.MERGE || !file.Exists || file.Length > Array.MaxLength)
        {
            return base.OpenInput(name, context);
        }

        return new InHeapIndexInput($"InHeapIndexInput(path=\"{file.FullName}\")", File.ReadAllBytes(file.FullName));
    }
}

/// <summary>
/// An index file as one array; clones share it and keep their own position. Fixed-size numbers are read big-endian
/// in one step; variable-length ones by Lucene's own code, byte by byte.
/// </summary>
internal sealed class InHeapIndexInput(string description, byte[] bytes) : IndexInput(description)
{
    private int _position;

    public override long Position => _position;

    public override long Length => bytes.Length;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > bytes.Length)
        {
            throw new EndOfStreamException($"Seek to {pos} outside {this} of {bytes.Length} bytes.");
        }

        _position = (int)pos;
    }

    public override byte ReadByte()
    {
        if (_position >= bytes.Length)
        {
            throw new EndOfStreamException($"Read past the end of {this}.");
        }

        return bytes[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        Take(len).CopyTo(b.AsSpan(offset, len));
    }

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(2));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length < 0 || length > bytes.Length - _position)
        {
            throw new EndOfStreamException($"Read of {length} bytes past the end of {this}.");
        }

        var span = bytes.AsSpan(_position, length);
        _position += length;
        return span;
    }

    protected override void Dispose(bool disposing)
    {
        // Nothing to release: the array goes when the last clone does.
    }
}
