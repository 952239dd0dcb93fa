using Dixis.Infrastructure.Storage;

namespace Dixis.Infrastructure.Tests.Storage;

public sealed class S3BlobStorageTests(S3BucketFixture bucket) : BlobStorageContract, IClassFixture<S3BucketFixture>
{
    protected override async Task<IBlobStorage> StorageAsync() => await bucket.StorageAsync();

    [SkippableFact]
    public async Task EnsureBucketAsync_twice_is_idempotent()
    {
        using var client = S3BucketFixture.CreateClient();
        var name = "dixis-it-" + Guid.NewGuid().ToString("N")[..8];
        var storage = new S3BlobStorage(client, name);
        try
        {
            await storage.EnsureBucketAsync();
            await storage.EnsureBucketAsync();

            var buckets = await client.ListBucketsAsync();
            Assert.Single(buckets.Buckets, b => b.BucketName == name);
            await storage.PutAsync("after/ensure.txt", new MemoryStream([42]), "text/plain");
            Assert.True(await storage.ExistsAsync("after/ensure.txt"));
        }
        finally
        {
            await S3BucketFixture.DeleteBucketAsync(client, name);
        }
    }

    [SkippableFact]
    public async Task EnsureBucketAsync_keeps_the_objects_of_an_existing_bucket()
    {
        var storage = await bucket.StorageAsync();
        await storage.PutAsync("kept/object.txt", new MemoryStream([7]), "text/plain");

        await storage.EnsureBucketAsync();

        Assert.True(await storage.ExistsAsync("kept/object.txt"));
    }
}
