using System.Diagnostics;
using System.Globalization;
using Dixis.Infrastructure.Jobs;
using Dixis.Infrastructure.Mail;
using Hangfire;
using Hangfire.Redis.StackExchange;
using StackExchange.Redis;

// Jobs per second through real worker processes on a real Redis: a no-op probe job and the mail job
// (rendered Greek mail written as .eml), with one and with three workers.
// Usage: dotnet run -c Release --project benchmarks/Dixis.JobsBenchmark -- [redis=127.0.0.1:6380] [jobs=2000]
var redis = args.FirstOrDefault(a => a.StartsWith("redis=", StringComparison.Ordinal))?[6..]
    ?? Environment.GetEnvironmentVariable("DIXIS_TEST_REDIS") ?? "127.0.0.1:6380";
var count = int.Parse(args.FirstOrDefault(a => a.StartsWith("jobs=", StringComparison.Ordinal))?[5..] ?? "2000", CultureInfo.InvariantCulture);
var api = Path.Combine(AppContext.BaseDirectory, "Dixis.Api.dll");

Console.WriteLine($"Dixis jobs benchmark: {count} jobs per run, Redis {redis}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine("| job | workers | jobs | seconds | jobs/s |");
Console.WriteLine("| --- | --- | --- | --- | --- |");
foreach (var kind in new[] { "no-op probe", "mail (.eml)" })
{
    foreach (var workers in new[] { 1, 3 })
    {
        var (seconds, done) = await RunAsync(kind, workers);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {workers} | {done} | {seconds:0.00} | {done / seconds:0} |"));
    }
}

async Task<(double Seconds, int Done)> RunAsync(string kind, int workerCount)
{
    var runId = Guid.NewGuid().ToString("N")[..10];
    var prefix = $"dixis:bench:{runId}:";
    var folder = Directory.CreateTempSubdirectory("dixis-jobs-bench-").FullName;
    var mailFolder = Path.Combine(folder, "mail");
    using var mux = await ConnectionMultiplexer.ConnectAsync(redis);
    var storage = new RedisStorage(mux, JobsServiceCollectionExtensions.RedisOptions(new JobsOptions { RedisPrefix = prefix }));
    var client = new BackgroundJobClient(storage);
    var processes = Enumerable.Range(0, workerCount).Select(i => StartWorker(prefix, folder, mailFolder, 9600 + i)).ToList();
    try
    {
        await WaitReadyAsync(9600, workerCount);
        var templates = new MailTemplates(new MailOptions());
        var watch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, (n, _) =>
        {
            if (kind.StartsWith("mail", StringComparison.Ordinal))
            {
                var mail = templates.PasswordReset($"bench-{runId}-{n}", $"user{n}@example.gr", "Μαρία Παπαδοπούλου", "/account/reset?token=" + n);
                client.Enqueue<SendMailJob>(JobQueues.General, j => j.SendAsync(mail, CancellationToken.None));
            }
            else
            {
                client.Enqueue<WorkerProbeJob>(JobQueues.General, j => j.RunAsync(runId, n, 0, CancellationToken.None));
            }

            return ValueTask.CompletedTask;
        });
        var db = mux.GetDatabase();
        int done;
        while ((done = kind.StartsWith("mail", StringComparison.Ordinal)
            ? (Directory.Exists(mailFolder) ? Directory.GetFiles(mailFolder, "*.eml").Length : 0)
            : (int)await db.HashLengthAsync($"dixis:probe:{runId}:done")) < count && watch.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(50);
        }

        return (watch.Elapsed.TotalSeconds, done);
    }
    finally
    {
        foreach (var p in processes)
        {
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
            p.Dispose();
        }

        var server = mux.GetServers()[0];
        foreach (var key in server.Keys(pattern: prefix + "*").Concat(server.Keys(pattern: $"dixis:probe:{runId}:*")))
        {
            await mux.GetDatabase().KeyDeleteAsync(key);
        }

        Directory.Delete(folder, recursive: true);
    }
}

Process StartWorker(string prefix, string folder, string mailFolder, int port)
{
    var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var a in new[] { api, "worker", "--queues", "general", "--metrics-port", port.ToString(CultureInfo.InvariantCulture) })
    {
        info.ArgumentList.Add(a);
    }

    info.Environment["ConnectionStrings__Queues"] = redis;
    info.Environment["ConnectionStrings__Redis"] = redis;
    info.Environment["Jobs__RedisPrefix"] = prefix;
    info.Environment["Jobs__PollIntervalSeconds"] = "1";
    info.Environment["Mail__PickupPath"] = mailFolder;
    info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
    var process = Process.Start(info)!;
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, _) => { };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    return process;
}

static async Task WaitReadyAsync(int firstPort, int workers)
{
    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
    for (var i = 0; i < workers; i++)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{firstPort + i}/api/v1/health/live")).IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }
    }
}
