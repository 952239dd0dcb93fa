using Dixis.Infrastructure.Search.Elasticsearch;
using Dixis.Infrastructure.Search.Lucene;
using Dixis.Infrastructure.Search.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Infrastructure.Search;

/// <summary>Registers the configured search engine, the outbox processor and its in-process worker.</summary>
public static class SearchServiceCollectionExtensions
{
    public static IServiceCollection AddDixisSearch(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SearchOptions.Section).Get<SearchOptions>() ?? new SearchOptions();
        services.AddSingleton(options);
        if (options.Provider == SearchProvider.Elasticsearch)
        {
            if (string.IsNullOrWhiteSpace(options.ElasticsearchUrl))
            {
                throw new InvalidOperationException("Search:ElasticsearchUrl is required when Search:Provider is Elasticsearch.");
            }

            services.AddSingleton<IElasticsearchTransport>(_ => new ElasticClientTransport(new Uri(options.ElasticsearchUrl)));
            services.AddSingleton<ElasticsearchProductSearch>();
            services.AddSingleton<IProductSearch>(sp => sp.GetRequiredService<ElasticsearchProductSearch>());
            services.AddSingleton<IProductIndexer>(sp => sp.GetRequiredService<ElasticsearchProductSearch>());
        }
        else
        {
            services.AddSingleton(_ => new LuceneProductSearch(options.LucenePath, options.AnswerCacheSize, options.ConcurrentSearches));
            services.AddSingleton<IProductSearch>(sp => sp.GetRequiredService<LuceneProductSearch>());
            services.AddSingleton<IProductIndexer>(sp => sp.GetRequiredService<LuceneProductSearch>());
        }

        services.AddScoped<SearchOutboxProcessor>();
        if (options.OutboxPollSeconds > 0)
        {
            services.AddHostedService<SearchOutboxWorker>();
        }

        return services;
    }
}
