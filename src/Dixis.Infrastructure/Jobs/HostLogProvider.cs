using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide (the last host configured sets it). With several hosts in one process
/// (test fixtures) that host may be gone when Hangfire next asks for a logger, for instance when a storage is
/// created: its disposed logger factory then throws. A logger is then not to be had, and Hangfire logs nothing
/// rather than failing the caller.
/// </summary>
public sealed class HostLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
