using Dixis.Api.Tests.Infrastructure;
using Dixis.Infrastructure.Jobs;

namespace Dixis.Api.Tests.Jobs;

/// <summary>Real worker processes on the real queue Redis: isolation, exactly-once effects, SIGKILL and SIGTERM.</summary>
[Collection(JobProcessesGroup.Name)]
public sealed class WorkerTests
{
    [SkippableFact]
    public async Task A_high_worker_does_not_take_a_greek_job()
    {
        TestServers.Require(TestServers.Redis, "Redis");
        await using var run = new ProbeRun();
        await using var worker = JobProcess.Start(run.Folder, run.Prefix, "worker", args: ["--queues", "high"]);
        await worker.WaitReadyAsync(TimeSpan.FromSeconds(30));
        run.Enqueue(JobQueues.Greek, 1);
        run.Enqueue(JobQueues.High, 2);

        Assert.True(await run.WaitAsync(async () => (await run.HashAsync("done")).ContainsKey(2), TimeSpan.FromSeconds(30)), worker.Output);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.False((await run.HashAsync("started")).ContainsKey(1));
        Assert.Equal(1, run.Storage.GetMonitoringApi().EnqueuedCount(JobQueues.Greek));
    }

    [SkippableFact]
    public async Task A_thousand_jobs_across_three_workers_each_take_effect_exactly_once()
    {
        TestServers.Require(TestServers.Redis, "Redis");
        await using var run = new ProbeRun();
        var workers = Enumerable.Range(0, 3).Select(_ => JobProcess.Start(run.Folder, run.Prefix, "worker", args: ["--queues", "general"])).ToList();
        try
        {
            foreach (var worker in workers)
            {
                await worker.WaitReadyAsync(TimeSpan.FromSeconds(30));
            }

            for (var n = 0; n < 1000; n++)
            {
                run.Enqueue(JobQueues.General, n);
            }

            Assert.True(await run.WaitAsync(async () => (await run.HashAsync("done")).Count == 1000, TimeSpan.FromSeconds(120)));
            var effects = await run.HashAsync("effects");
            Assert.Equal(1000, effects.Count);
            Assert.All(effects.Values, count => Assert.Equal(1, count));
            var pids = (await run.HashAsync("done")).Values.Distinct().ToList();
            Assert.True(pids.Count >= 2, $"the load was not shared: {pids.Count} worker(s) did all the jobs");
            Assert.All(pids, pid => Assert.Contains(pid, workers.Select(w => (long)w.Pid)));
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }
        }
    }

    [SkippableFact]
    public async Task A_worker_killed_mid_job_loses_nothing_and_the_effect_happens_once()
    {
        TestServers.Require(TestServers.Redis, "Redis");
        await using var run = new ProbeRun();
        var first = JobProcess.Start(run.Folder, run.Prefix, "worker", args: ["--queues", "high"]);
        await first.WaitReadyAsync(TimeSpan.FromSeconds(30));
        run.Enqueue(JobQueues.High, 7, workMilliseconds: 8000);
        Assert.True(await run.WaitAsync(async () => (await run.HashAsync("started")).ContainsKey(7), TimeSpan.FromSeconds(30)));
        first.Signal("KILL");
        Assert.True(await first.WaitForExitAsync(TimeSpan.FromSeconds(10)));
        await first.DisposeAsync();

        // The job stays invisible for Jobs:InvisibilityTimeoutSeconds (6 s here, 300 s by default); a server's watcher
        // hands it back on its next pass (at start, then every minute).
        await Task.Delay(TimeSpan.FromSeconds(7));
        await using var second = JobProcess.Start(run.Folder, run.Prefix, "worker", args: ["--queues", "high"]);
        await second.WaitReadyAsync(TimeSpan.FromSeconds(30));
        Assert.True(await run.WaitAsync(async () => (await run.HashAsync("done")).ContainsKey(7), TimeSpan.FromSeconds(90)), second.Output);
        Assert.Equal(2, (await run.HashAsync("attempts"))[7]);
        Assert.Equal(1, (await run.HashAsync("effects"))[7]);
        Assert.Equal(second.Pid, (await run.HashAsync("done"))[7]);
    }

    [SkippableFact]
    public async Task Sigterm_finishes_a_short_job_and_exits_within_the_bound()
    {
        TestServers.Require(TestServers.Redis, "Redis");
        await using var run = new ProbeRun();
        await using var worker = JobProcess.Start(run.Folder, run.Prefix, "worker", args: ["--queues", "general"]);
        await worker.WaitReadyAsync(TimeSpan.FromSeconds(30));
        run.Enqueue(JobQueues.General, 1, workMilliseconds: 2000);
        Assert.True(await run.WaitAsync(async () => (await run.HashAsync("started")).ContainsKey(1), TimeSpan.FromSeconds(30)));

        var stopping = System.Diagnostics.Stopwatch.StartNew();
        worker.Signal("TERM");
        Assert.True(await worker.WaitForExitAsync(TimeSpan.FromSeconds(15)), "worker did not stop within 15 s");
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(15));
        Assert.Equal(0, worker.ExitCode);
        Assert.Equal(1, (await run.HashAsync("effects"))[1]);
    }

    [SkippableFact]
    public async Task Sigterm_hands_a_long_job_back_and_another_worker_completes_it_once()
    {
        TestServers.Require(TestServers.Redis, "Redis");
        await using var run = new ProbeRun();
        var first = JobProcess.Start(run.Folder, run.Prefix, "worker", args: ["--queues", "greek"]);
        await first.WaitReadyAsync(TimeSpan.FromSeconds(30));
        run.Enqueue(JobQueues.Greek, 3, workMilliseconds: 30_000);
        Assert.True(await run.WaitAsync(async () => (await run.HashAsync("started")).ContainsKey(3), TimeSpan.FromSeconds(30)));
        first.Signal("TERM");
        Assert.True(await first.WaitForExitAsync(TimeSpan.FromSeconds(20)), "worker did not stop within the shutdown bound");
        await first.DisposeAsync();
        Assert.False((await run.HashAsync("done")).ContainsKey(3));

        await using var second = JobProcess.Start(run.Folder, run.Prefix, "worker", args: ["--queues", "greek"]);
        Assert.True(await run.WaitAsync(async () => (await run.HashAsync("done")).ContainsKey(3), TimeSpan.FromSeconds(75)), second.Output);
        Assert.Equal(1, (await run.HashAsync("effects"))[3]);
    }

    [SkippableFact]
    public async Task The_heartbeat_is_fresh_while_the_worker_runs_and_stale_after()
    {
        TestServers.Require(TestServers.Redis, "Redis");
        await using var run = new ProbeRun();
        var worker = JobProcess.Start(run.Folder, run.Prefix, "worker", args: ["--queues", "high"]);
        await worker.WaitReadyAsync(TimeSpan.FromSeconds(30));
        Assert.True(await run.WaitAsync(() => Task.FromResult(File.Exists(worker.HeartbeatPath)), TimeSpan.FromSeconds(10)));
        Assert.Equal(0, await Commands.HealthcheckCommand.RunAsync(["--heartbeat", worker.HeartbeatPath, "--max-age", "15"]));
        await worker.DisposeAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await Commands.HealthcheckCommand.RunAsync(["--heartbeat", worker.HeartbeatPath, "--max-age", "2"]));
        Assert.Equal(1, await Commands.HealthcheckCommand.RunAsync(["--heartbeat", Path.Combine(run.Folder, "missing")]));
    }

    [SkippableFact]
    public async Task A_worker_exports_the_job_metrics_of_its_queue()
    {
        TestServers.Require(TestServers.Redis, "Redis");
        await using var run = new ProbeRun();
        await using var worker = JobProcess.Start(run.Folder, run.Prefix, "worker", args: ["--queues", "general"]);
        await worker.WaitReadyAsync(TimeSpan.FromSeconds(30));
        run.Enqueue(JobQueues.General, 1);
        Assert.True(await run.WaitAsync(async () => (await run.HashAsync("done")).ContainsKey(1), TimeSpan.FromSeconds(30)));
        var text = "";
        await run.WaitAsync(async () => (text = await worker.ScrapeAsync()).Contains("dixis_jobs_succeeded_total", StringComparison.Ordinal), TimeSpan.FromSeconds(15));
        foreach (var series in new[]
        {
            "dixis_jobs_succeeded_total{", "dixis_jobs_processing{", "dixis_jobs_duration_seconds_bucket{", "dixis_queue_length{", "dixis_queue_oldest_job_age_seconds{",
        })
        {
            Assert.Contains(series, text);
        }

        Assert.Contains("queue=\"general\"", text);
    }

    [Fact]
    public async Task A_worker_without_the_queue_redis_or_with_an_unknown_queue_exits_2()
    {
        Assert.Equal(2, await WorkerCommand().RunWith(["--queues", "urgent"]));
        Assert.Equal(2, await WorkerCommand().RunWith(["--queues", "high"], queues: null));
    }

    private static WorkerCommandRunner WorkerCommand() => new();

    private sealed class WorkerCommandRunner
    {
        public async Task<int> RunWith(string[] args, string? queues = "unused")
        {
            var folder = Directory.CreateTempSubdirectory("dixis-worker-args-").FullName;
            var info = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Dixis.Api.dll"));
            info.ArgumentList.Add("worker");
            foreach (var a in args)
            {
                info.ArgumentList.Add(a);
            }

            if (queues is not null)
            {
                info.Environment["ConnectionStrings__Queues"] = "127.0.0.1:1";
            }

            using var process = System.Diagnostics.Process.Start(info)!;
            await process.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
            return process.ExitCode;
        }
    }
}

/// <summary>Job-process tests start several processes each: run them one class at a time on two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class JobProcessesGroup
{
    public const string Name = "job processes";
}
