using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Dixis.Api.Tests.Jobs;

/// <summary>A real <c>Dixis.Api worker</c> or <c>scheduler</c> process on its own run prefix in the test Redis.</summary>
public sealed class JobProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private JobProcess(Process process, int metricsPort, string heartbeat)
    {
        _process = process;
        MetricsPort = metricsPort;
        HeartbeatPath = heartbeat;
    }

    public int MetricsPort { get; }

    public string HeartbeatPath { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static JobProcess Start(string folder, string prefix, string command, IDictionary<string, string>? settings = null, params string[] args)
    {
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var heartbeat = Path.Combine(folder, $"heartbeat-{Guid.NewGuid():N}");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Dixis.Api.dll"));
        info.ArgumentList.Add(command);
        foreach (var arg in args.Concat(["--metrics-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ConnectionStrings__Queues"] = Infrastructure.TestServers.Redis;
        info.Environment["Jobs__RedisPrefix"] = prefix;
        info.Environment["Jobs__InvisibilityTimeoutSeconds"] = "6";
        info.Environment["Jobs__ShutdownTimeoutSeconds"] = "6";
        info.Environment["Jobs__PollIntervalSeconds"] = "1";
        info.Environment["Jobs__WorkerCount"] = "4";
        info.Environment["Jobs__HeartbeatPath"] = heartbeat;
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info)!;
        var job = new JobProcess(process, port, heartbeat);
        process.OutputDataReceived += (_, e) => job.Append(e.Data);
        process.ErrorDataReceived += (_, e) => job.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return job;
    }

    /// <summary>Waits until the process answers on its metrics port (it has started its job server).</summary>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            Assert.False(_process.HasExited, "process exited: " + Output);
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{MetricsPort}/api/v1/health/live")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        Assert.Fail("process not ready: " + Output);
    }

    public async Task<string> ScrapeAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        return await http.GetStringAsync($"http://127.0.0.1:{MetricsPort}/api/v1/metrics");
    }

    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {_process.Id}");
        kill!.WaitForExit();
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
