using Amazon.S3;
using Amazon.S3.Model;
using Dixis.Infrastructure.Storage;

namespace Dixis.Infrastructure.Tests.Storage;

/// <summary>
/// One unique bucket per test class, created on first use (so a missing server skips or fails the test,
/// not the class) and emptied and removed at the end.
/// </summary>
public sealed class S3BucketFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AmazonS3Client? _client;

    public string Bucket { get; } = "dixis-it-" + Guid.NewGuid().ToString("N")[..8];

    public static AmazonS3Client CreateClient()
    {
        var (url, accessKey, secretKey) = TestServers.S3;
        return StorageServiceCollectionExtensions.CreateClient(new StorageOptions
        {
            Provider = "S3",
            ServiceUrl = url,
            AccessKey = accessKey,
            SecretKey = secretKey,
        });
    }

    public async Task<S3BlobStorage> StorageAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_client is null)
            {
                var client = CreateClient();
                await new S3BlobStorage(client, Bucket).EnsureBucketAsync();
                _client = client;
            }

            return new S3BlobStorage(_client, Bucket);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            await DeleteBucketAsync(_client, Bucket);
            _client.Dispose();
        }

        _gate.Dispose();
    }

    public static async Task DeleteBucketAsync(IAmazonS3 client, string bucket)
    {
        string? token = null;
        do
        {
            var page = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, ContinuationToken = token });
            foreach (var o in page.S3Objects ?? [])
            {
                await client.DeleteObjectAsync(bucket, o.Key);
            }

            token = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (token is not null);

        await client.DeleteBucketAsync(bucket);
    }
}
