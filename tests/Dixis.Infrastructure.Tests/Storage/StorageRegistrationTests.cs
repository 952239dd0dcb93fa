using Dixis.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Infrastructure.Tests.Storage;

public sealed class StorageRegistrationTests
{
    [Fact]
    public void Without_configuration_the_local_folder_is_used()
    {
        using var sp = new ServiceCollection().AddDixisStorage(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.IsType<LocalBlobStorage>(sp.GetRequiredService<IBlobStorage>());
    }

    [Fact]
    public void Provider_s3_registers_the_s3_storage()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "s3",
            ["Storage:ServiceUrl"] = "http://127.0.0.1:1",
            ["Storage:AccessKey"] = "key",
            ["Storage:SecretKey"] = "secret",
        }).Build();
        using var sp = new ServiceCollection().AddDixisStorage(configuration).BuildServiceProvider();

        Assert.IsType<S3BlobStorage>(sp.GetRequiredService<IBlobStorage>());
    }

    [Fact]
    public void CreateClient_without_endpoint_or_credentials_explains_what_is_missing()
    {
        var e = Assert.Throws<InvalidOperationException>(() => StorageServiceCollectionExtensions.CreateClient(new StorageOptions { Provider = "S3" }));

        Assert.Contains("Storage:ServiceUrl", e.Message, StringComparison.Ordinal);
    }
}
