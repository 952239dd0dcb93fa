using System.Security.Cryptography;
using Dixis.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Infrastructure.Tests.DataProtection;

/// <summary>
/// Cookies (antiforgery, authentication) are data-protected: every replica must decrypt what any other one
/// encrypted. Two web applications built from separate builders stand for two replicas.
/// </summary>
public sealed class SharedDataProtectionTests : IDisposable
{
    private readonly List<string> _folders = [];

    public void Dispose()
    {
        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public async Task With_redis_a_payload_protected_by_one_replica_is_unprotected_by_another()
    {
        var redis = TestServers.Redis;
        await using var a = Replica(redis, keysPath: null);
        await using var b = Replica(redis, keysPath: null);

        var token = Protector(a).Protect("καλάθι-42");

        Assert.Equal("καλάθι-42", Protector(b).Unprotect(token));
    }

    [Fact]
    public async Task With_the_file_fallback_replicas_with_different_key_folders_cannot_read_each_other()
    {
        await using var a = Replica(redis: null, keysPath: NewFolder());
        await using var b = Replica(redis: null, keysPath: NewFolder());

        var token = Protector(a).Protect("καλάθι-42");

        Assert.ThrowsAny<CryptographicException>(() => Protector(b).Unprotect(token));
    }

    [Fact]
    public async Task With_the_file_fallback_the_key_is_written_to_the_configured_folder()
    {
        var folder = NewFolder();
        await using var a = Replica(redis: null, keysPath: folder);
        await using var b = Replica(redis: null, keysPath: folder);

        var token = Protector(a).Protect("ένας κόμβος");

        Assert.NotEmpty(Directory.GetFiles(folder, "key-*.xml"));
        Assert.Equal("ένας κόμβος", Protector(b).Unprotect(token));
    }

    private static IDataProtector Protector(WebApplication app) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

    private static WebApplication Replica(string? redis, string? keysPath)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["ConnectionStrings:Redis"] = redis ?? "";
        builder.Configuration["DataProtection:KeysPath"] = keysPath;
        builder.AddSharedDataProtection();
        return builder.Build();
    }

    private string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dixis-keys-" + Guid.NewGuid().ToString("N")[..8]);
        _folders.Add(folder);
        return folder;
    }
}
