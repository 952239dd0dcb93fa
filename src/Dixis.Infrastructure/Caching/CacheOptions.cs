namespace Dixis.Infrastructure.Caching;

/// <summary>Where the shared cache lives: Redis when <c>ConnectionStrings:Redis</c> is set, memory otherwise.</summary>
public static class CacheOptions
{
    public const string RedisConnectionName = "Redis";

    /// <summary>Key prefix so several environments can share one Redis safely.</summary>
    public const string InstanceName = "dixis:";
}
