using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Infrastructure.Storage;

/// <summary>Registers the object storage chosen by <c>Storage:Provider</c>.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddDixisStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        services.AddSingleton(options);
        if (string.Equals(options.Provider, "S3", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IAmazonS3>(_ => CreateClient(options));
            services.AddSingleton<IBlobStorage>(sp => new S3BlobStorage(sp.GetRequiredService<IAmazonS3>(), options.Bucket));
        }
        else
        {
            services.AddSingleton<IBlobStorage>(new LocalBlobStorage(options.LocalPath));
        }

        return services;
    }

    /// <summary>An S3 client for MinIO-style endpoints (path-style, explicit credentials).</summary>
    public static AmazonS3Client CreateClient(StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ServiceUrl) || string.IsNullOrWhiteSpace(options.AccessKey) || string.IsNullOrWhiteSpace(options.SecretKey))
        {
            throw new InvalidOperationException("Storage:ServiceUrl, Storage:AccessKey and Storage:SecretKey are required when Storage:Provider is S3.");
        }

        var config = new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            ForcePathStyle = true,
            AuthenticationRegion = options.Region,
            // S3-compatible servers do not all accept the newer default checksums.
            RequestChecksumCalculation = Amazon.Runtime.RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = Amazon.Runtime.ResponseChecksumValidation.WHEN_REQUIRED,
        };
        return new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }
}
