using System.Diagnostics;
using Dixis.Infrastructure.Search;
using Dixis.Infrastructure.Search.Lucene;

namespace Dixis.Benchmarks;

/// <summary>
/// Where the engine's time goes: each test query alone, one thread, answer cache off, as the mean processor time of repeated runs
/// (search without facets, with facets and highlights, suggest) and its number of matches. Single-threaded figures
/// are what a query costs in CPU; the concurrent phases add the wait for the other clients.
/// Usage: <c>dotnet run -c Release --project benchmarks/Dixis.Benchmarks -- profile [products] [index folder to keep] [queries…]</c>
/// (the benchmark's 40 test queries when none are given).
/// </summary>
public static class QueryProfile
{
    public static async Task RunAsync(IReadOnlyList<string> queries, int count, string? keep)
    {
        var indexPath = keep ?? Path.Combine(Path.GetTempPath(), "dixis-profile-" + Guid.NewGuid().ToString("N")[..8]);
        LuceneProductSearch? engine = null;
        try
        {
            engine = new LuceneProductSearch(indexPath, answerCacheSize: 0);
            if ((await engine.StatusAsync()).DocumentCount != count)
            {
                var build = Stopwatch.StartNew();
                await engine.RebuildAsync(Program.ToAsync(CatalogueGenerator.Generate(count)));
                Console.WriteLine($"Index of {count:N0} products built in {build.Elapsed.TotalSeconds:0.0} s");
            }

            // Bytes allocated per run of the facets mode (the collector's cost under load grows with them).
            var allocated = 0.0;
            double Mean(Func<string, Task> run, string q)
            {
                for (var i = 0; i < 5; i++)
                {
                    run(q).GetAwaiter().GetResult();
                }

                // Processor time, not wall time: on a shared machine it still says what the query costs.
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var bytes = GC.GetTotalAllocatedBytes(precise: true);
                var sw = Stopwatch.StartNew();
                var n = 0;
                while (sw.Elapsed.TotalMilliseconds < 300 || n < 5)
                {
                    run(q).GetAwaiter().GetResult();
                    n++;
                }

                process.Refresh();
                allocated = (GC.GetTotalAllocatedBytes(precise: true) - bytes) / (double)n;
                return (process.TotalProcessorTime - cpu).TotalMilliseconds / n;
            }

            // The three ways a query is run: a page of 24, with facets and highlights, autocomplete of its first letters.
            Func<string, Task>[] modes =
            [
                q => engine.SearchAsync(SearchRequest.For(q)),
                q => engine.SearchAsync(new SearchRequest(q, SearchFilters.None, Facets: true, Highlight: true)),
                q => engine.SuggestAsync(q[..Math.Min(q.Length, 4)]),
            ];

            // Steady state: run every query in every mode for a few seconds first, so the JIT's optimised code (tiered
            // compilation recompiles hot methods after a while) is what gets measured, not the first calls.
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed.TotalSeconds < 5)
            {
                foreach (var q in queries)
                {
                    foreach (var mode in modes)
                    {
                        await mode(q);
                    }
                }
            }

            Console.WriteLine($"{"query",-24} {"matches",8} {"page ms",8} {"facets ms",10} {"suggest ms",11} {"facets KB",10}  (processor time and allocation per query)");
            var sums = new double[modes.Length + 1];
            foreach (var q in queries)
            {
                var total = (await engine.SearchAsync(SearchRequest.For(q))).Total;
                var ms = new double[modes.Length + 1];
                for (var m = 0; m < modes.Length; m++)
                {
                    ms[m] = Mean(modes[m], q);
                    if (m == 1)
                    {
                        ms[^1] = allocated / 1024;
                    }
                }

                for (var m = 0; m < ms.Length; m++)
                {
                    sums[m] += ms[m];
                }

                Console.WriteLine($"{q,-24} {total,8:N0} {ms[0],8:0.00} {ms[1],10:0.00} {ms[2],11:0.00} {ms[3],10:0}");
            }

            var mean = sums.Select(s => s / queries.Count).ToArray();
            Console.WriteLine($"{"mean",-24} {"",8} {mean[0],8:0.00} {mean[1],10:0.00} {mean[2],11:0.00} {mean[3],10:0}");

            // A fresh engine on the same index (the code already compiled): its first pass computes what is kept per
            // segment (norm bytes, facet rows, which term ways cover which) and per searcher (term states).
            engine.Dispose();
            engine = new LuceneProductSearch(indexPath, answerCacheSize: 0);
            var passes = new double[2];
            for (var pass = 0; pass < passes.Length; pass++)
            {
                var clock = Stopwatch.StartNew();
                foreach (var q in queries)
                {
                    await modes[1](q);
                }

                passes[pass] = clock.Elapsed.TotalMilliseconds;
            }

            Console.WriteLine($"Fresh engine, all queries with facets once: first pass {passes[0]:0} ms, second {passes[1]:0} ms");
        }
        finally
        {
            engine?.Dispose();
            if (keep is null)
            {
                System.IO.Directory.Delete(indexPath, recursive: true);
            }
        }
    }
}
