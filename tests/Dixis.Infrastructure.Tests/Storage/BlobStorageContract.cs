using System.Text;
using Dixis.Infrastructure.Storage;

namespace Dixis.Infrastructure.Tests.Storage;

/// <summary>The behaviour every <see cref="IBlobStorage"/> must have; each implementation derives a test class.</summary>
public abstract class BlobStorageContract
{
    private const string GreekText = "Μέλι θυμαρίσιο από την Κρήτη — ΐΰ ς, 500 γρ. 🐝";

    public static TheoryData<string> UnsafeKeys =>
    [
        "../x",
        "/abs",
        "a//b",
        "UPPER",
        "a/../../b",
        "",
        "with space.txt",
        "a/b c/d",
        "products/..",
        "a\\b",
    ];

    /// <summary>The storage under test (may skip when its server is not available).</summary>
    protected abstract Task<IBlobStorage> StorageAsync();

    /// <summary>A key no other test uses, so tests can share one bucket or folder.</summary>
    protected static string UniqueKey(string name = "object.bin") => $"tests/{Guid.NewGuid():N}/{name}";

    [SkippableFact]
    public async Task Put_then_get_returns_the_same_bytes_and_content_type()
    {
        var storage = await StorageAsync();
        var key = UniqueKey("meli.txt");
        var bytes = Encoding.UTF8.GetBytes(GreekText);

        await storage.PutAsync(key, new MemoryStream(bytes), "text/plain; charset=utf-8");

        await using var blob = await storage.GetAsync(key);
        Assert.NotNull(blob);
        Assert.Equal("text/plain; charset=utf-8", blob.ContentType);
        Assert.Equal(bytes.Length, blob.Length);
        var read = await ReadAllAsync(blob.Content);
        Assert.Equal(bytes, read);
        Assert.Equal(GreekText, Encoding.UTF8.GetString(read));
    }

    [SkippableFact]
    public async Task Put_of_binary_content_round_trips_every_byte()
    {
        var storage = await StorageAsync();
        var key = UniqueKey("image.webp");
        var bytes = new byte[256 * 1024 + 7];
        new Random(42).NextBytes(bytes);

        await storage.PutAsync(key, new MemoryStream(bytes), "image/webp");

        await using var blob = await storage.GetAsync(key);
        Assert.NotNull(blob);
        Assert.Equal("image/webp", blob.ContentType);
        Assert.Equal(bytes, await ReadAllAsync(blob.Content));
    }

    [SkippableFact]
    public async Task Put_over_an_existing_key_replaces_content_and_content_type()
    {
        var storage = await StorageAsync();
        var key = UniqueKey("invoice");
        await storage.PutAsync(key, new MemoryStream(Encoding.UTF8.GetBytes("first, and longer than the second")), "text/plain");

        await storage.PutAsync(key, new MemoryStream(Encoding.UTF8.GetBytes("{\"v\":2}")), "application/json");

        await using var blob = await storage.GetAsync(key);
        Assert.NotNull(blob);
        Assert.Equal("application/json", blob.ContentType);
        Assert.Equal("{\"v\":2}", Encoding.UTF8.GetString(await ReadAllAsync(blob.Content)));
    }

    [SkippableFact]
    public async Task Exists_is_true_after_put_and_false_for_a_missing_key()
    {
        var storage = await StorageAsync();
        var key = UniqueKey();

        Assert.False(await storage.ExistsAsync(key));
        await storage.PutAsync(key, new MemoryStream([1, 2, 3]), "application/octet-stream");
        Assert.True(await storage.ExistsAsync(key));
    }

    [SkippableFact]
    public async Task Delete_then_get_returns_null_and_exists_is_false()
    {
        var storage = await StorageAsync();
        var key = UniqueKey();
        await storage.PutAsync(key, new MemoryStream([1, 2, 3]), "application/octet-stream");

        await storage.DeleteAsync(key);

        Assert.Null(await storage.GetAsync(key));
        Assert.False(await storage.ExistsAsync(key));
    }

    [SkippableFact]
    public async Task Deleting_a_missing_key_is_not_an_error()
    {
        var storage = await StorageAsync();

        await storage.DeleteAsync(UniqueKey());
        await storage.DeleteAsync("never/created/at-all.txt");
    }

    [SkippableFact]
    public async Task Get_of_a_missing_key_returns_null()
    {
        var storage = await StorageAsync();

        Assert.Null(await storage.GetAsync(UniqueKey()));
    }

    [SkippableFact]
    public async Task A_non_seekable_stream_uploads()
    {
        var storage = await StorageAsync();
        var key = UniqueKey("export.csv");
        var bytes = Encoding.UTF8.GetBytes("id;όνομα\n1;Φέτα ΠΟΠ\n");

        await storage.PutAsync(key, new NonSeekableStream(bytes), "text/csv");

        await using var blob = await storage.GetAsync(key);
        Assert.NotNull(blob);
        Assert.Equal(bytes, await ReadAllAsync(blob.Content));
    }

    [SkippableTheory]
    [MemberData(nameof(UnsafeKeys))]
    public async Task Unsafe_keys_are_rejected_by_every_operation(string key)
    {
        var storage = await StorageAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => storage.PutAsync(key, new MemoryStream([1]), "text/plain"));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.GetAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.ExistsAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.DeleteAsync(key));
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    /// <summary>A stream like a request body: readable once, no length, no seeking.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            _inner.ReadAsync(buffer, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
