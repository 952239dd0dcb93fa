using Dixis.Infrastructure.Storage;

namespace Dixis.Infrastructure.Tests.Storage;

public sealed class LocalBlobStorageTests : BlobStorageContract, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dixis-blobs-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    protected override Task<IBlobStorage> StorageAsync() => Task.FromResult<IBlobStorage>(new LocalBlobStorage(_root));

    [Fact]
    public async Task Objects_stay_inside_the_root_folder()
    {
        var storage = new LocalBlobStorage(_root);

        await storage.PutAsync("products/feta/1.webp", new MemoryStream([1, 2]), "image/webp");

        Assert.True(File.Exists(Path.Combine(_root, "products", "feta", "1.webp")));
        Assert.Empty(Directory.GetFiles(_root, "*.tmp", SearchOption.AllDirectories));
    }
}
